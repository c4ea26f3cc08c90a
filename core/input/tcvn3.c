/* tcvn3.c — the TCVN3 (VN3) table (see tcvn3.h).
 *
 * Bytes 0x00-0x7F are ASCII; 0xA0 is a no-break space; 74 positions in 0xA1-0xFE hold the
 * Vietnamese letters: the seven capitals without a tone mark (Ă Â Ê Ô Ơ Ư Đ) and the 67
 * small letters, each with its tones (VN3 has no capitals with a tone: the ABC fonts drew
 * capitals by showing the small letters' codes in a capitals font such as .VnTimeH, so
 * such text comes out in small letters).  Every other byte (0x80-0x9F, 0xAF, 0xB0-0xB4,
 * 0xBA, 0xBF, 0xC0-0xC5, 0xCD, 0xD9-0xDB, 0xE0, 0xF0, 0xFF) is not TCVN3 text.  The table
 * agrees with the VN3 part of glibc's TCVN5712-1 and with the converters Vietnamese offices
 * use (Unikey, VietKey).
 *
 *        0     1     2     3     4     5     6     7     8     9     A     B     C     D     E     F
 * A_   nbsp    Ă     Â     Ê     Ô     Ơ     Ư     Đ     ă     â     ê     ô     ơ     ư     đ     -
 * B_     -     -     -     -     -     à     ả     ã     á     ạ     -     ằ     ẳ     ẵ     ắ     -
 * C_     -     -     -     -     -     -     ặ     ầ     ẩ     ẫ     ấ     ậ     è     -     ẻ     ẽ
 * D_     é     ẹ     ề     ể     ễ     ế     ệ     ì     ỉ     -     -     -     ĩ     í     ị     ò
 * E_     -     ỏ     õ     ó     ọ     ồ     ổ     ỗ     ố     ộ     ờ     ở     ỡ     ớ     ợ     ù
 * F_     -     ủ     ũ     ú     ụ     ừ     ử     ữ     ứ     ự     ỳ     ỷ     ỹ     ý     ỵ     -
 *
 * Uses: nothing. */
#include "tcvn3.h"

/* Code points of 0xA0-0xFF (0 = not TCVN3). */
static const uint16_t HIGH[96] = {
    /* A0 */ 0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    /* A8 */ 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0,
    /* B0 */ 0, 0, 0, 0, 0, 0x00E0, 0x1EA3, 0x00E3,
    /* B8 */ 0x00E1, 0x1EA1, 0, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0,
    /* C0 */ 0, 0, 0, 0, 0, 0, 0x1EB7, 0x1EA7,
    /* C8 */ 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0, 0x1EBB, 0x1EBD,
    /* D0 */ 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    /* D8 */ 0x1EC9, 0, 0, 0, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    /* E0 */ 0, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    /* E8 */ 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    /* F0 */ 0, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    /* F8 */ 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0,
};

uint32_t tcvn3_to_unicode(unsigned char b)
{
    if (b >= 0xA0)
        return HIGH[b - 0xA0];
    if (b >= 0x80 || b == 0x7F || (b < 0x20 && b != '\t' && b != '\n' && b != '\r'))
        return 0;
    return b;
}
