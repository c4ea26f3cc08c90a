/* only core/input/re.c may use PCRE2; the store validates through re.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
