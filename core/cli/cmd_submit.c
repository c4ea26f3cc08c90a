/* cmd_submit.c — `paridx submit RULES --db F DEADLINE AGENCY --date DATE [--doc "…"]
 * [--doc-date DATE] [--note "…"]`: records that AGENCY delivered DEADLINE's task, received on
 * DATE, in one audited transaction.  The deadline must have that code in the rule file and
 * name the agency in its `by`; dates as users write them, every bad one refused with why.
 * Uses: session.h, deadlines_today.h (dates), import_plan.h (the deadline and agency checked),
 * submissions.h, store.h, text.h (the document number and note in NFC), i18n.h (messages). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "commands.h"
#include "deadlines_today.h"
#include "import_plan.h"
#include "session.h"
#include "store.h"
#include "submissions.h"
#include "text.h"
#include "i18n.h"

static struct session_opts so = {.saves = 1};
static const char *date, *doc, *doc_date, *note;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (required)"), &so.db, NULL},
    {"date", "DATE", N_("the day it was received (dd/mm/yyyy; required)"), &date, NULL},
    {"doc", "NUMBER", N_("the number of the document sent (e.g. 125/BC-STP)"), &doc, NULL},
    {"doc-date", "DATE", N_("the date of that document (dd/mm/yyyy)"), &doc_date, NULL},
    {"note", "TEXT", N_("a note"), &note, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* The text of option `opt` in NFC into *out (NULL stays NULL); PX_USAGE after saying so when
 * it is not UTF-8. */
static int nfc_option(const char *opt, const char *text, char **out)
{
    size_t bad;
    *out = NULL;
    if (!text)
        return 0;
    if (!(*out = text_nfc(text, strlen(text), &bad))) {
        px_say(_("submit: --%s is not valid UTF-8 (byte %zu)"), opt, bad + 1);
        return PX_USAGE;
    }
    return 0;
}

/* Records the submission in one audited transaction, once the rule file accepts it. */
static int put(struct session *ss, const char *code, const char *agency, const char *got,
               const char *dated, char *doc_nfc, char *note_nfc)
{
    const struct model *m = &ss->rules.model;
    char why[700];
    if (import_plan_check(m, code, agency, why, sizeof why) != 0) {
        px_say(_("submit: %s"), why);
        return PX_USAGE;
    }
    struct submission_row r = {m->year, (char *)code, (char *)agency, (char *)got, doc_nfc,
                               (char *)(dated[0] ? dated : NULL), note_nfc,
                               (char *)"paridx submit"};
    struct px_err e;
    if (store_begin(ss->store, &e) != 0 || store_put_submission(ss->store, &r, "submit", &e) != 0 ||
        store_commit(ss->store, &e) != 0) {
        store_rollback(ss->store);
        px_report(&e);
        return e.code;
    }
    char shown[11];
    struct px_date d;
    date_parse(got, &d, NULL);
    date_vn(d, shown);
    px_say(_("%s: recorded %s of %s, received %s"), ss->db, code, agency, shown);
    return PX_OK;
}

static int record(struct session *ss, const char *code, const char *agency, const char *got,
                  const char *dated)
{
    char *doc_nfc, *note_nfc = NULL;
    if (nfc_option("doc", doc, &doc_nfc) || nfc_option("note", note, &note_nfc)) {
        free(doc_nfc);
        return PX_USAGE;
    }
    int rc = put(ss, code, agency, got, dated, doc_nfc, note_nfc);
    free(doc_nfc);
    free(note_nfc);
    return rc;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    if (!so.db || !date) {
        px_say(_("submit: %s is required"), !so.db ? "--db FILE" : "--date DATE");
        return PX_USAGE;
    }
    char got[11], dated[11] = "";
    if (cli_as_of("date", date, got) || (doc_date && cli_as_of("doc-date", doc_date, dated)))
        return PX_USAGE;
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc)
        return rc;
    rc = record(&ss, args[1], args[2], got, dated);
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_SUBMIT = {
    "submit", "RULES DEADLINE AGENCY", 3, 3,
    N_("record that an agency delivered a deadline's task (received date, document)"), OPTS, run};
