/* fuzz_date.c — libFuzzer target: date_parse on any text.  Besides the sanitizers it checks
 * that an accepted date is one that exists and reads back the same from both of the forms
 * paridx writes (dd/mm/yyyy and yyyy-mm-dd), and that its day number (workdays.h) gives it
 * back, one day later is the next date and the weekday moves on by one.
 * Uses: calendar.h, workdays.h, fuzz_file.h (fuzz_text). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "calendar.h"
#include "fuzz_file.h"
#include "workdays.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_again(const char *shown, struct px_date d)
{
    struct px_date again;
    if (date_parse(shown, &again, NULL) != 0 || date_cmp(again, d) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    if (!text)
        return 0;
    struct px_date d;
    char vn[64], iso[64];
    if (date_parse(text, &d, NULL) == 0) {
        if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31)
            abort();
        date_vn(d, vn);
        date_iso(d, iso);
        same_again(vn, d);
        same_again(iso, d);
        long day = date_days(d);
        struct px_date next = date_from_days(day + 1);
        if (date_cmp(date_from_days(day), d) != 0 || date_cmp(next, d) <= 0 ||
            date_days(next) != day + 1 || date_weekday(next) != (date_weekday(d) + 1) % 7)
            abort();
    }
    free(text);
    return 0;
}
