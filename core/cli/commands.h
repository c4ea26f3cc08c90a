/* commands.h — the subcommands main.c dispatches to, each defined in its cmd_*.c.
 * Provides the CMD_* descriptions.  Uses: cli.h. */
#ifndef PARIDX_COMMANDS_H
#define PARIDX_COMMANDS_H

#include "cli.h"

extern const struct cli_cmd CMD_RUN;
extern const struct cli_cmd CMD_IMPORT;
extern const struct cli_cmd CMD_EXPLAIN;
extern const struct cli_cmd CMD_SCRIPT;
extern const struct cli_cmd CMD_CHECK;
extern const struct cli_cmd CMD_TEST;
extern const struct cli_cmd CMD_DIFF;
extern const struct cli_cmd CMD_BACKUP;
extern const struct cli_cmd CMD_CHECK_DB;
extern const struct cli_cmd CMD_MIGRATE;
extern const struct cli_cmd CMD_TEMPLATE;
extern const struct cli_cmd CMD_DEADLINES;
extern const struct cli_cmd CMD_SUBMIT;
extern const struct cli_cmd CMD_REMIND;
extern const struct cli_cmd CMD_REPL;
extern const struct cli_cmd CMD_REPORT;
extern const struct cli_cmd CMD_EVIDENCE;
extern const struct cli_cmd CMD_ATTACH;
extern const struct cli_cmd CMD_APPRAISE;
extern const struct cli_cmd CMD_APPRAISALS;
extern const struct cli_cmd CMD_LOG;
extern const struct cli_cmd CMD_COMPARE;
extern const struct cli_cmd CMD_SURVEY;

#endif
