/* fact_types.h — the types a scale declares for each fact it reads ({ name = "rate",
 * type = "ratio" }): one list for the rule file's checks, the lint's probe values and the
 * scale library (paridx.fact_types).
 * Provides enum declared_type, declared_type_name(), declared_type_of().  Uses: libc. */
#ifndef PARIDX_FACT_TYPES_H
#define PARIDX_FACT_TYPES_H

enum declared_type {
    DECLARED_BOOL,   /* có / không */
    DECLARED_NUMBER, /* a count or amount */
    DECLARED_RATIO,  /* a share, 0..1 (85% is 0.85) */
    DECLARED_DATE,   /* a date, or a timeliness status (đúng hạn, trễ hạn, không) */
    DECLARED_POINTS, /* points entered by hand, 0..max */
    DECLARED_TEXT,   /* one of the scale's listed words */
    DECLARED_STATUS, /* a status word, like text */
    DECLARED_NTYPES
};

/* "bool", "number", "ratio", "date", "points", "text", "status"; NULL outside the list. */
const char *declared_type_name(int t);

/* The type with this name, or -1 when the name is not in the list. */
int declared_type_of(const char *name);

#endif
