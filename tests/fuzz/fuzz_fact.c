/* fuzz_fact.c — libFuzzer target: fact_parse on any text.  Besides the sanitizers it checks
 * that what it accepts reads back: a yes/no, a date, "not applicable" or a text shown with
 * fact_show parses again to the same value (numbers are left out: showing rounds them).
 * Uses: fact.h, fuzz_file.h (fuzz_text). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fact.h"
#include "fuzz_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    if (!text)
        return 0;
    struct fact_value v, again;
    struct px_err why;
    char shown[1024];
    if (fact_parse(text, &v, &why) == 0 && v.type != FACT_NUMBER) {
        fact_show(&v, shown, sizeof shown);
        if (fact_parse(shown, &again, &why) != 0 || again.type != v.type ||
            again.num != v.num || strcmp(again.text, v.text) != 0)
            abort();
    }
    free(text);
    return 0;
}
