/* tcvn3.h — TCVN3 (TCVN 5712:1993 "VN3"), the 8-bit encoding of the legacy ABC fonts
 * (.VnTime, .VnArial …) in which many Vietnamese offices still keep their spreadsheets.
 * Provides tcvn3_to_unicode().  Uses: nothing. */
#ifndef PARIDX_TCVN3_H
#define PARIDX_TCVN3_H

#include <stdint.h>

/* The Unicode code point of TCVN3 byte b, or 0 when b is not a TCVN3 character (a control
 * byte other than tab, CR and LF, or a position VN3 leaves empty). */
uint32_t tcvn3_to_unicode(unsigned char b);

#endif
