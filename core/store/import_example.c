/* import_example.c — a rule file's bundled example data set (units.csv, agencies.csv,
 * facts.csv, submissions.csv, evidence.csv, those present) imported into a store, usually
 * an in-memory one (see import.h). */
#include "import.h"

#include <stdio.h>
#include <unistd.h>

int import_example(struct store *s, const char *dir, const struct import_facts *facts,
                   struct px_err *e)
{
    static const char *const FILES[] = {"units", "agencies", "facts", "submissions",
                                        "evidence"};
    for (size_t i = 0; i < sizeof FILES / sizeof *FILES; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s.csv", dir, FILES[i]);
        if (access(path, F_OK) != 0)
            continue;
        enum import_kind kind;
        import_kind_from_name(FILES[i], &kind);
        struct import_result r;
        if (import_file(s, kind, path, NULL, facts, &r, e) != 0)
            return -1;
    }
    return 0;
}
