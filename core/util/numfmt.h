/* numfmt.h — how points are shown: rounded once, half away from zero on the decimal value
 * the user sees (2.675 → "2.68"), in tables, in the Vietnamese text of explanations (also
 * for Lua, as paridx.fmt.num), in Vietnamese tables (decimal comma) and with full precision
 * for JSON.
 * Provides num_round(), num_format(), num_format_comma(), num_format_vn(), num_json().
 * Uses: libc. */
#ifndef PARIDX_NUMFMT_H
#define PARIDX_NUMFMT_H

#include <stddef.h>

/* x rounded half away from zero to `decimals` places, judged on x's decimal form with
 * 15 significant digits (what Excel shows), so 2.675 → 2.68 and 1.005 → 1.01. */
double num_round(double x, int decimals);

/* Writes num_round(x, decimals) with exactly `decimals` places, '.' as the decimal point.
 * Never writes "-0.00". */
void num_format(double x, int decimals, char *buf, size_t n);

/* The same with a decimal comma, as Vietnamese tables show points: 79.514 → "79,51". */
void num_format_comma(double x, int decimals, char *buf, size_t n);

/* Writes num_round(x, decimals) as Vietnamese text shows it: a decimal comma and no trailing
 * zeros (0.5 → "0,5", 12 → "12", 0.725 → "0,73" with 2 places). */
void num_format_vn(double x, int decimals, char *buf, size_t n);

/* Writes the shortest decimal form that reads back as exactly x (JSON numbers). */
void num_json(double x, char *buf, size_t n);

#endif
