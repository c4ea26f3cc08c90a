/* model.h — one year's index as loaded from its rule file: the tree of fields, criteria and
 * sub-criteria with maxima and scales, agencies, unit kinds, bands, deadlines, survey
 * groups, the survey's questions, the fact dictionary and bonus and penalty items with their
 * caps.  Plain C:
 * scales are referred to by a handle into the Lua state that owns them.
 * Provides struct model and model_*.  Uses: libc, re.h (the evidence patterns). */
#ifndef PARIDX_MODEL_H
#define PARIDX_MODEL_H

#include <stddef.h>

enum node_level { LEVEL_FIELD = 1, LEVEL_CRITERION = 2, LEVEL_SUB = 3 };

/* How a level is named, in one place for the rule file's keywords and every message.  The
 * words shown to users are marked N_() and translated where they are printed (_()): in
 * Vietnamese a field is a lĩnh vực, a criterion a tiêu chí, a sub-criterion a tiêu chí thành
 * phần; the keyword stays as the rule file spells it. */
struct level_names {
    const char *keyword;  /* in rule files (and messages about writing them): field, criterion, sub */
    const char *named;    /* one node, its code as %s: "field %s", "criterion %s" */
    const char *singular; /* field, criterion, sub-criterion */
    const char *plural;   /* fields, criteria, sub-criteria */
    const char *example;  /* a code of that level: 2, 2.1, 2.1.3 */
};

/* The names of a level; any number outside LEVEL_FIELD..LEVEL_SUB gets "node", "nodes", "?". */
const struct level_names *model_level(long long level);

/* Writes "field 2", "criterion 2.1"… in the user's language into buf; returns buf. */
const char *model_node_name(long long level, const char *code, char *buf, size_t size);

/* A fact that a scale declares it reads. */
struct scale_fact {
    char *name;
    char *type;   /* "bool", "number", "ratio", "date", "points", "text", "status" */
    char *values; /* allowed values for text facts, "đúng hạn|trễ hạn|không"; or NULL */
};

struct scale_info {
    char *kind;        /* "binary", "bands", "timeliness", "points", "share", "custom" … */
    char *description; /* one line in Vietnamese, e.g. "≥ 100% → 1; ≥ 80% → 0,5; còn lại 0" */
    struct scale_fact *facts;
    size_t nfacts, facts_cap; /* facts_cap: room allocated (vec.h) */
    int handle; /* the scale's eval function in the rule's Lua state (registry reference) */
};

struct node {
    char *code;  /* "2.1.3" */
    char *title; /* Vietnamese, NFC */
    double max;
    enum node_level level;
    int parent;        /* index into model.nodes, -1 for a field */
    int *children;     /* indices, in file order */
    size_t nchildren;
    char *lead;        /* agency code, inherited from the parent when not given */
    char **kinds;      /* unit kinds it applies to, inherited; NULL/0 = every kind */
    size_t nkinds;
    int has_scale;     /* leaves only */
    struct scale_info scale;
    int survey;        /* assessed by the sociological survey, not self-scored */
    char *evidence;    /* what evidence the assessor must attach, or NULL */
    int evidence_required;  /* without a valid document (or an explanation) it scores 0 */
    char **evidence_types;  /* the document types that count (KH, QĐ); NULL/0 = any */
    size_t nevidence_types;
    int line;          /* where it is declared in the rule file */
};

struct agency {
    char *code, *name;
    int line;
};

struct unit_kind {
    char *code, *name;
    int line;
};

struct band {
    char *name;
    double min; /* percent of the unit's own maximum, inclusive */
    int line;
};

struct deadline {
    char *code; /* "TDG": how submissions and other deadlines name it; NULL when not given */
    char *task;
    char **by; /* agency codes */
    size_t nby;
    char *to;  /* agency code or NULL */
    char *due; /* yyyy-mm-dd: as given, or as resolved (model_resolve_deadlines); for a
                * deadline counted from a receipt, the earliest it can be (its anchor's due) */
    char *after; /* the deadline it is counted from, or NULL (an absolute date) */
    int after_received; /* 1: counted from the day the anchor's last submission was received */
    int workdays;       /* how many working days after the anchor */
    int line;
    int self_assessment; /* stage = "self": after it units' self-assessed facts are locked */
};

/* An entry of the rule file's fact dictionary: a fact the agencies supply, declared once,
 * that scales read and forms ask for. */
struct fact_def {
    char *code;   /* "par_plan_issued_date" */
    char *type;   /* one of fact_types.h: "bool", "number", "ratio", "date", "points", … */
    char *label;  /* Vietnamese, NFC: "Ngày ban hành kế hoạch CCHC năm" */
    char *agency; /* the agency that supplies it, or NULL (the leaf's lead) */
    char *values; /* allowed words for text/status facts, "đúng hạn|trễ hạn|không"; or NULL */
    char *unit;   /* unit of measure shown to users ("%", "văn bản", "ngày"), or NULL */
    double min, max;      /* allowed range of numbers (ratios as 0..1) */
    int has_min, has_max; /* whether min / max were given */
    int line;
};

/* A bonus (điểm thưởng) or penalty (điểm trừ) item: points outside the tree, read from a
 * points fact, at most max each; the total of each kind is capped by the index's bonus_max /
 * penalty_max, and a unit's total stays between 0 and its own maximum. */
struct adjustment {
    char *code, *title;
    char *fact;  /* the points fact it reads */
    double max;
    int penalty; /* 1: subtracted; 0: a bonus, added */
    int line;
};

/* A group of respondents of the sociological survey, and who lists them. */
struct survey_group {
    char *code, *name;
    double quota; /* respondents required (the 45 People's Council deputies); 0 = none set */
    double min;   /* at least this many respondents in all; 0 = none set */
    double per_agency; /* at least this many from each agency in `by`; 0 = none set */
    char **by;    /* agencies that draw up the list */
    size_t nby;
    int line;
};

/* One answer a survey question offers: its code ("A"), the share it is worth (0..1), or
 * excluded from the mean ("E" = "không biết") with the words it stands for. */
struct survey_option {
    char *code;
    double value;
    int excluded;
    char *label; /* excluded options: what it means; NULL otherwise */
};

/* A group that answers a question, and its weight in the question's mean. */
struct survey_weight {
    char *group;
    double weight;
};

/* A question of the survey questionnaire and the survey-assessed leaf it feeds. */
struct survey_question {
    char *code, *text;
    char *node; /* the leaf's code */
    struct survey_option *options;
    size_t noptions, options_cap;
    struct survey_weight *groups; /* in survey_group declaration order */
    size_t ngroups, groups_cap;
    double min_answers; /* fewer answers for a unit than this: flagged (ít phiếu); 0 = none */
    int line;
};

/* A shape of document number a rule author adds (evidence_rules { patterns = … }). */
struct evidence_pattern {
    char *pattern;
    struct re *re; /* compiled by re.h */
    int line;
};

/* How the evidence register is checked (evidence_rules { … }); all optional. */
struct evidence_rules {
    char from[11], to[11]; /* the assessment period, yyyy-mm-dd; "" = the index year's ends */
    char **issuers;        /* issuing bodies besides the declared agencies: UBND, BNV */
    size_t nissuers;
    struct evidence_pattern *patterns;
    size_t npatterns, patterns_cap;
    int line; /* of evidence_rules, 0 when the file has none */
};

struct model {
    char *file;     /* the rule file as given on the command line */
    char *sha256;   /* of the rule file */
    int year;
    char *title, *basis;
    double total;   /* the index's maximum, 100 unless said otherwise */
    char *example;  /* bundled data directory, resolved against the rule file, or NULL */
    int index_line;

    struct node *nodes; /* in tree order: each parent before its children, siblings in order */
    size_t nnodes;
    struct agency *agencies;
    size_t nagencies;
    struct unit_kind *kinds;
    size_t nkinds;
    struct band *bands; /* highest threshold first */
    size_t nbands;
    struct deadline *deadlines;
    size_t ndeadlines;
    struct survey_group *survey_groups;
    size_t nsurvey_groups;
    struct workcal *calendar; /* the working-day calendar the file names (calendar(…)), or NULL */
    int calendar_line;
    struct fact_def *facts; /* the fact dictionary, in declaration order */
    size_t nfacts;
    struct survey_question *questions; /* the survey questionnaire, in declaration order */
    size_t nquestions;
    /* the questions' places in code order, for model_question (model_index_questions); NULL
     * before, or when questions were declared since (nquestions then differs from this) */
    size_t *question_order;
    size_t nquestion_order;
    struct evidence_rules evidence;
    struct adjustment *adjustments; /* bonus and penalty items, in declaration order */
    size_t nadjustments;
    double bonus_max, penalty_max; /* caps on a unit's bonus and penalty totals; 0: none */
    struct { /* room allocated for each list above, as the loader grows them (vec.h) */
        size_t nodes, agencies, kinds, bands, deadlines, survey_groups, facts, questions, adjustments;
    } cap;
};

void model_free(struct model *m);

/* Index of the deadline with this code, or -1. */
int model_deadline(const struct model *m, const char *code);

/* Index of the node with this code, or -1. */
int model_find(const struct model *m, const char *code);
const struct agency *model_agency(const struct model *m, const char *code);
const struct unit_kind *model_kind(const struct model *m, const char *code);
/* The dictionary entry with this code, or NULL. */
const struct fact_def *model_fact(const struct model *m, const char *code);
/* The survey group or question with this code, or NULL. */
const struct survey_group *model_survey_group(const struct model *m, const char *code);
const struct survey_question *model_question(const struct model *m, const char *code);
/* Sorts the questions' places by code, so that model_question finds one in log2(n) steps
 * instead of n (an import of answers asks once an answer: 3,000,000 times); call it once
 * the questions are declared.  0, or -1 when out of memory (model_question then searches
 * the list, as before it is called). */
int model_index_questions(struct model *m);

/* 1 when node i applies to units of this kind. */
int model_applies(const struct model *m, size_t i, const char *kind);

/* The band for a percentage, or NULL when below every threshold / no bands. */
const struct band *model_band(const struct model *m, double percent);

#endif
