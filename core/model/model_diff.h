/* model_diff.h — what changed between two years' rule files: two loaded models compared
 * item by item (nodes matched by code, agencies, unit kinds and survey groups by code, bands
 * by name, deadlines by task text, the fact dictionary by code), giving a list of changes in reading order and a count per kind.
 * Plain C: scales are compared by what they declare (kind, text, facts), never run.
 * Provides enum diff_kind, struct diff_value, struct diff_change, struct model_diff,
 * model_diff(), model_diff_free(), diff_kind_name(), diff_kind_family().  Uses: model.h.
 *
 * The kinds of change (stable interface: `paridx diff --format json` writes these names):
 *   index_year, index_title, index_basis, index_total      the index { } declaration
 *   node_added, node_removed        a node with a code only in B / only in A (its max)
 *   node_scoring                    how an added leaf is scored: its scale (kind and text, with
 *                                   the thresholds), so that a proposal can be written from it
 *   node_renamed                    same code, other title
 *   max_changed                     other maximum
 *   scale_changed                   the scale's kind or text (or a scale appears/disappears
 *                                   when a leaf becomes a parent or back)
 *   fact_added, fact_removed        a fact the scale declares, by name
 *   fact_changed                    a declared fact of the same name with another type or values
 *   lead_changed                    other lead agency (only where the node's own lead changed,
 *                                   not at children that merely inherit their parent's change)
 *   survey_changed                  survey-assessed flag switched
 *   kinds_changed                   other unit kinds it applies to (inherited changes likewise
 *                                   reported once, at the top node); none = every kind
 *   evidence_changed                other required evidence
 *   node_moved                      same code under another parent
 *   agency_added, agency_removed, agency_renamed
 *   kind_added, kind_removed, kind_renamed                  unit kinds
 *   band_added, band_removed (their threshold), band_changed (other threshold)
 *   deadline_added, deadline_removed (their due date), deadline_moved (other due date),
 *   deadline_by_changed (other agencies that must act), deadline_to_changed (other recipient)
 *   survey_group_added, survey_group_removed (their quota), survey_group_renamed,
 *   survey_group_quota_changed, survey_group_by_changed (other agencies listing respondents)
 *   dictionary_fact_added, dictionary_fact_removed (the whole entry), dictionary_fact_relabelled,
 *   dictionary_fact_retyped, dictionary_fact_range_changed (min, max or allowed words),
 *   dictionary_fact_unit_changed, dictionary_fact_agency_changed     the fact dictionary
 * Order: index changes; nodes in B's tree order (a node's changes in the order above), then
 * removed nodes in A's tree order; then agencies, unit kinds, bands, deadlines, survey
 * groups and the fact dictionary, each as
 * added/changed in B's order followed by removed in A's order. */
#ifndef PARIDX_MODEL_DIFF_H
#define PARIDX_MODEL_DIFF_H

#include <stddef.h>

#include "model.h"

enum diff_kind {
    DIFF_INDEX_YEAR,
    DIFF_INDEX_TITLE,
    DIFF_INDEX_BASIS,
    DIFF_INDEX_TOTAL,
    DIFF_NODE_ADDED,
    DIFF_NODE_SCORING,
    DIFF_NODE_REMOVED,
    DIFF_NODE_RENAMED,
    DIFF_MAX_CHANGED,
    DIFF_SCALE_CHANGED,
    DIFF_FACT_ADDED,
    DIFF_FACT_REMOVED,
    DIFF_FACT_CHANGED,
    DIFF_LEAD_CHANGED,
    DIFF_SURVEY_CHANGED,
    DIFF_KINDS_CHANGED,
    DIFF_EVIDENCE_CHANGED,
    DIFF_NODE_MOVED,
    DIFF_AGENCY_ADDED,
    DIFF_AGENCY_REMOVED,
    DIFF_AGENCY_RENAMED,
    DIFF_KIND_ADDED,
    DIFF_KIND_REMOVED,
    DIFF_KIND_RENAMED,
    DIFF_BAND_ADDED,
    DIFF_BAND_REMOVED,
    DIFF_BAND_CHANGED,
    DIFF_DEADLINE_ADDED,
    DIFF_DEADLINE_REMOVED,
    DIFF_DEADLINE_MOVED,
    DIFF_DEADLINE_BY_CHANGED,
    DIFF_DEADLINE_TO_CHANGED,
    DIFF_GROUP_ADDED,
    DIFF_GROUP_REMOVED,
    DIFF_GROUP_RENAMED,
    DIFF_GROUP_QUOTA_CHANGED,
    DIFF_GROUP_BY_CHANGED,
    DIFF_DICT_ADDED,
    DIFF_DICT_REMOVED,
    DIFF_DICT_RELABELLED,
    DIFF_DICT_RETYPED,
    DIFF_DICT_RANGE_CHANGED,
    DIFF_DICT_UNIT_CHANGED,
    DIFF_DICT_AGENCY_CHANGED,
    DIFF_NKINDS
};

/* What a change is about: says which of code/name a change carries and what they mean. */
enum diff_family {
    DIFF_OF_INDEX,    /* neither */
    DIFF_OF_NODE,     /* code, name = title */
    DIFF_OF_AGENCY,   /* code, name */
    DIFF_OF_KIND,     /* code, name */
    DIFF_OF_BAND,     /* name */
    DIFF_OF_DEADLINE, /* name = task */
    DIFF_OF_GROUP,    /* code, name: a survey group */
    DIFF_OF_FACT      /* code, name = label: an entry of the fact dictionary */
};

/* A value before or after a change.  Everything is borrowed from the two models. */
enum diff_type {
    DV_NONE,   /* not set: no scale, no recipient, no evidence, every unit kind */
    DV_TEXT,   /* text */
    DV_NUMBER, /* number */
    DV_BOOL,   /* number: 0 or 1 */
    DV_DATE,   /* text: yyyy-mm-dd */
    DV_LIST,   /* list[0..nlist): agency or unit-kind codes */
    DV_SCALE,  /* scale */
    DV_FACT,   /* fact */
    DV_DEF,    /* def: a whole dictionary entry (type, range, unit, agency) */
    DV_RANGE   /* def: its allowed range (min, max, words); DV_NONE when it has none */
};

struct diff_value {
    enum diff_type type;
    double number;
    const char *text;
    char *const *list;
    size_t nlist;
    const struct scale_info *scale;
    const struct scale_fact *fact;
    const struct fact_def *def;
};

/* One change.  code and name are NULL where the family has none, and name is NULL for the
 * renames (node_renamed, agency_renamed, kind_renamed, survey_group_renamed,
 * dictionary_fact_relabelled: before and after are the names).
 * Added items have only `after`, removed ones only `before` (the other is DV_NONE). */
struct diff_change {
    enum diff_kind kind;
    const char *code;
    const char *name;
    struct diff_value before, after;
};

struct model_diff {
    const struct model *a, *b;
    struct diff_change *changes;
    size_t nchanges, cap;
    size_t count[DIFF_NKINDS]; /* changes of each kind */
};

/* Compares a (the earlier file) with b.  Returns 0, or -1 when out of memory (d is then
 * empty).  d borrows from a and b: keep them until model_diff_free(d). */
int model_diff(const struct model *a, const struct model *b, struct model_diff *d);
void model_diff_free(struct model_diff *d);

/* The kind's stable name ("node_added"). */
const char *diff_kind_name(enum diff_kind k);
enum diff_family diff_kind_family(enum diff_kind k);

#endif
