/* rules_cases.h — the rule author's own test cases (rules/<year>_test.lua): facts in, expected
 * points out, for every leaf; run inside the rule's sandbox after the rule file.
 * Provides cases_run().  Uses: rules.h, engine.h, fact.h. */
#ifndef PARIDX_RULES_CASES_H
#define PARIDX_RULES_CASES_H

#include <stdio.h>

#include "diag.h"
#include "rules.h"

struct case_tally {
    int passed, failed;
};

/* Loads test_path (declaring cases "CODE" { … }), runs every case and writes one line per
 * failure to out ("file:line: CODE: facts {…}: expected …, got …"), plus one per leaf without
 * a case.  Returns 0 with *tally filled, or -1 with e set when the test file cannot run. */
int cases_run(struct rules *rl, const char *test_path, FILE *out, struct case_tally *tally,
              struct px_err *e);

#endif
