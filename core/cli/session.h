/* session.h — what run, explain and script share: the options, opening the database (or an
 * in-memory one filled with the rule file's bundled example), loading the rules, scoring
 * and saving the run.
 * Provides struct session_opts, SESSION_CLI_OPTS, struct session, session_*.
 * Uses: store.h, import.h (import_example), rules.h, engine.h, stage.h (self or final points),
 * run_save.h, results.h, cli.h, i18n.h (messages). */
#ifndef PARIDX_SESSION_H
#define PARIDX_SESSION_H

#include "cli.h"
#include "diag.h"
#include "results.h"
#include "rules.h"
#include "i18n.h"
#include "stage.h"

struct session_opts {
    const char *db;         /* --db FILE, or NULL for the bundled example in memory */
    const char *as_of;      /* --as-of DATE as typed */
    const char *data_year;  /* --data-year Y as typed */
    const char *max_steps;  /* --max-steps N */
    const char *max_memory; /* --max-memory MiB */
    const char *max_seconds; /* --max-seconds N */
    const char *stage;       /* --stage self|final as typed (run only; NULL: final) */
    int saves;               /* the command stores the run: the database must be writable */
    int plan_only;           /* the command reads the plan's deadlines, scores nothing */
    int survey;              /* without --db, the example's survey is loaded too */
};

/* The options every scoring command takes, as cli_opt entries writing into `o`. */
#define SESSION_CLI_OPTS(o)                                                                   \
    {"db", "FILE", N_("the paridx database (default: the rule file's example, in memory)"),       \
     &(o).db, NULL},                                                                          \
    {"as-of", "DATE", N_("score as of this date (dd/mm/yyyy): later dates read as missing"),     \
     &(o).as_of, NULL},                                                                       \
    {"data-year", "Y", N_("score the facts of assessment year Y (default: the rule file's year)"), \
     &(o).data_year, NULL},                                                                   \
    {"max-steps", "N", N_("stop a rule after N Lua steps (default 500000000)"), &(o).max_steps,   \
     NULL},                                                                                   \
    {"max-memory", "MIB", N_("stop a rule that holds more than MIB MiB (default 256)"),           \
     &(o).max_memory, NULL},                                                                  \
    {"max-seconds", "N", N_("stop a rule still running after N seconds (default 60)"),            \
     &(o).max_seconds, NULL}

struct session {
    const char *db; /* --db FILE, NULL for the example in memory */
    struct store *store;
    struct rules rules;
    struct results results;
    char as_of[11]; /* yyyy-mm-dd or "" */
    int data_year;  /* the assessment year of the facts read: --data-year, or the index's */
    enum stage stage; /* self: the facts' points; final: with the appraisals in their place */
    struct appraisal_sheet sheet; /* with SESSION_KEEP_SHEET: the self scores and rounds
                                     behind results (empty otherwise) */
    int survey;     /* the example's survey is loaded with it (session_opts.survey) */
};

/* The sandbox budgets from --max-steps/--max-memory/--max-seconds (defaults otherwise); 0 or PX_USAGE
 * after printing the problem. */
int session_limits(const struct session_opts *o, struct sandbox_limits *lim);

/* Opens the database (or the example), loads the rule file.  Returns 0, or an exit code
 * after printing the error. */
int session_open(struct session *ss, const char *rules_path, const struct session_opts *o);

/* What session_score does besides scoring. */
enum session_flags {
    SESSION_SAVE = 1,       /* store the run and its scores */
    SESSION_KEEP_WHY = 2,   /* keep every unit's explanations (what its scales read and said)
                               after it is stored; without it a stored run keeps points only */
    SESSION_KEEP_SHEET = 4, /* keep the appraisal sheet in ss->sheet: each scored unit's self
                               scores and rounds (in either stage) */
};

/* Scores every unit (or the one unit `unit`, when not NULL: explain) from one snapshot of the
 * data, at the stage ss->stage: the final one puts each unit's latest appraisals of the data
 * year in place of its self-assessed points as soon as it is scored, before it is stored;
 * with SESSION_SAVE, scores and stores the run (marked with its stage) and its scores in one
 * transaction, with the last import the snapshot saw, and says which that was.
 * Returns 0, or an exit code after printing the error. */
int session_score(struct session *ss, unsigned flags, const char *unit);

/* The index of the unit with this code in ss->results, or -1 after printing which codes exist. */
int session_unit(const struct session *ss, const char *code);

void session_close(struct session *ss);

#endif
