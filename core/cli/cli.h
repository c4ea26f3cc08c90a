/* cli.h — subcommands and their options, described once: the same table parses argv, prints
 * `paridx help CMD` and words usage errors.
 * Provides struct cli_opt, struct cli_cmd, cli_parse(), cli_usage(), cli_number(), cli_year(),
 * cli_actor(), cli_table_format().
 * Uses: diag.h. */
#ifndef PARIDX_CLI_H
#define PARIDX_CLI_H

#include <stdio.h>

#include "diag.h"

struct cli_opt {
    const char *name;  /* "db" for --db */
    const char *arg;   /* "FILE"; NULL for a flag */
    const char *help;
    const char **value; /* where the argument goes (options with arg) */
    int *flag;          /* set to 1 (flags) */
};

struct cli_cmd {
    const char *name;     /* "run" */
    const char *args;     /* "RULES" */
    int min_args, max_args; /* positional arguments; max -1 = any number */
    const char *summary;  /* one line for `paridx help` */
    const struct cli_opt *opts; /* ends with {NULL} */
    int (*run)(char **args, int nargs);
};

/* Parses argv (the words after the command name): "--name value", "--name=value", flags,
 * "--" ends options.  Positional words go to *args (malloc'd array, free it).  On a usage
 * error prints it with the command's usage on stderr and returns PX_USAGE; else 0. */
int cli_parse(const struct cli_cmd *cmd, int argc, char **argv, char ***args, int *nargs);

void cli_usage(FILE *out, const struct cli_cmd *cmd);

/* Parses a whole number option value ("--max-steps 1000"); PX_USAGE message on failure. */
int cli_number(const char *opt, const char *text, long long min, long long *out);

/* Parses an assessment year option ("--year 2019": 1900 to 9999); PX_USAGE message on failure. */
int cli_year(const char *opt, const char *text, int *out);

/* Who makes a change, for the audit log: `--by NAME` when given (by), else $USER, else
 * "unknown". */
const char *cli_actor(const char *by);

/* The place of a --format value in table, csv, csv-plain, json (0 to 3; NULL: table), or -1
 * when it is none of them (the caller says so in its own words). */
int cli_table_format(const char *given);

#endif
