/* cmd_log.c — `paridx log --db FILE [--unit CODE] [--since DATE] [--format table|csv|json]`:
 * the audit log as people read it (JSON: the stored values, for programs), oldest first: when, who, what was done (in Vietnamese),
 * to which unit and item of which year, old → new, the reason or note, and from which file
 * or command.  Every change the database records is listed: facts, appraisals, explanations,
 * closed units, the evidence register, REPL saves (facts, from "repl: kịch bản …"), and
 * whatever other commands audit (an action without a Vietnamese name is shown by its code).
 * Uses: store.h, store_appraisal.h (store_audit), report_sheet.h, calendar.h (--since),
 * i18n.h (messages). */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "commands.h"
#include "i18n.h"
#include "report_sheet.h"
#include "store.h"
#include "store_appraisal.h"

static const char *db, *unit, *since, *format;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (required)"), &db, NULL},
    {"unit", "CODE", N_("only the changes of this unit"), &unit, NULL},
    {"since", "DATE", N_("only the changes on or after this day (dd/mm/yyyy)"), &since, NULL},
    {"format", "FMT", N_("table (default), csv (for Excel), csv-plain (for programs) or json"), &format, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* What each audited action is called; a ".forced" ending adds FORCED. */
static const struct {
    const char *action, *words;
} ACTIONS[] = {
    {"fact.change", "sửa dữ kiện"},
    {"appraisal.round1", "thẩm định vòng 1"},
    {"appraisal.round2", "thẩm định vòng 2"},
    {"appraisal.explanation", "giải trình"},
    {"unit.close", "chốt kết quả"},
    {"evidence.add", "thêm tài liệu kiểm chứng"},
    {"evidence.change", "sửa tài liệu kiểm chứng"},
    {"evidence.explain", "giải trình về tài liệu kiểm chứng"},
};
#define FORCED " (--force, sau khi khóa)"

static void action_words(const char *action, char *buf, size_t n)
{
    size_t len = strlen(action), tail = strlen(".forced");
    int forced = len > tail && !strcmp(action + len - tail, ".forced");
    size_t base = forced ? len - tail : len;
    for (size_t i = 0; i < sizeof ACTIONS / sizeof *ACTIONS; i++)
        if (strlen(ACTIONS[i].action) == base && !strncmp(ACTIONS[i].action, action, base)) {
            snprintf(buf, n, "%s%s", ACTIONS[i].words, forced ? FORCED : "");
            return;
        }
    snprintf(buf, n, "%s", action);
}

/* "old → new", or "→ new" for something new, or "" when the action has no value. */
static void change_text(const char *old, const char *new, char *buf, size_t n)
{
    if (!old && !new)
        buf[0] = '\0';
    else
        snprintf(buf, n, "%s%s→ %s", old ? old : "", old ? " " : "", new ? new : "");
}

static const char *const HEAD[] = {"Thời điểm", "Người thực hiện", "Việc", "Đối tượng", "Năm",
                                   "Cũ → mới",  "Lý do, ghi chú",  "Nguồn"};
#define NCOLS (sizeof HEAD / sizeof *HEAD)
/* JSON: the stored values, each on its own. */
static const char *const KEYS[] = {"at",  "actor", "action",   "subject",  "year",
                                   "old", "new",   "old_note", "new_note", "source"};
#define NKEYS (sizeof KEYS / sizeof *KEYS)

static int add_json_row(struct report_grid *g, const struct audit_info *a)
{
    char year[16] = "";
    if (a->year)
        snprintf(year, sizeof year, "%d", a->year);
    const char *const cells[NKEYS] = {a->at,  a->actor, a->action,   a->subject,  year,
                                      a->old, a->new,   a->old_note, a->new_note, a->source};
    return report_sheet_add(g, cells);
}

/* One change as people read it: its day as dd/mm/yyyy, its action in words, old → new. */
static int add_row(struct report_grid *g, const struct audit_info *a)
{
    char action[200], year[16] = "", change[2200], note[2200], at[40], vn[11];
    action_words(a->action, action, sizeof action);
    snprintf(at, sizeof at, "%s%s", date_vn_of(a->at, vn), strlen(a->at) < 10 ? "" : a->at + 10);
    if (a->year)
        snprintf(year, sizeof year, "%d", a->year);
    change_text(a->old, a->new, change, sizeof change);
    if (a->old_note && a->new_note && strcmp(a->old_note, a->new_note))
        change_text(a->old_note, a->new_note, note, sizeof note);
    else
        snprintf(note, sizeof note, "%s", a->new_note ? a->new_note : "");
    const char *const cells[NCOLS] = {at, a->actor, action, a->subject, year, change, note,
                                      a->source};
    return report_sheet_add(g, cells);
}

static int run(char **args, int nargs)
{
    (void)args, (void)nargs;
    enum sheet_mode fmt;
    char day[11];
    struct px_date d;
    struct px_err e;
    if (!db) {
        px_say(_("log: --db FILE is required (the database whose changes to show)"));
        return PX_USAGE;
    }
    if (report_sheet_mode(format, &fmt) != 0) {
        px_say(_("log: --format: expected table, csv, csv-plain or json, found '%s'"), format);
        return PX_USAGE;
    }
    if (since && date_parse(since, &d, &e) != 0) {
        px_say(_("log: --since: %s"), e.msg);
        return PX_USAGE;
    }
    if (since)
        date_iso(d, day);
    struct store *s = store_open(db, STORE_READ, &e);
    if (!s) {
        px_report(&e);
        return e.code;
    }
    struct audit_info *rows = NULL;
    size_t n = 0;
    static const unsigned char RIGHT[NCOLS] = {[4] = 1};
    int json = fmt == SHEET_JSON;
    struct report_grid *g = json ? report_sheet_new(NKEYS, KEYS, NULL)
                                 : report_sheet_new(NCOLS, HEAD, RIGHT);
    int rc = !g ? (px_say(_("log: out of memory")), PX_SYSTEM) : PX_OK;
    if (rc == PX_OK && store_audit(s, unit, since ? day : NULL, &rows, &n, &e) != 0) {
        px_report(&e);
        rc = e.code;
    }
    for (size_t i = 0; i < n && rc == PX_OK; i++)
        if ((json ? add_json_row(g, &rows[i]) : add_row(g, &rows[i])) != 0) {
            px_say(_("log: out of memory"));
            rc = PX_SYSTEM;
        }
    if (rc == PX_OK && report_sheet_print(stdout, g, fmt, "the log") != 0)
        rc = PX_SYSTEM;
    report_grid_free(g);
    store_free_audit(rows, n);
    store_close(s);
    return rc;
}

const struct cli_cmd CMD_LOG = {
    "log", "", 0, 0,
    N_("show the audit log: who changed what, when, old → new, from which file or command"), OPTS,
    run};
