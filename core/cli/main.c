/* main.c — paridx's entry point: argv → the subcommand table → cmd_*.  `paridx help [CMD]`
 * and usage errors come from the same table (cli.h).  Exit codes: diag.h.
 * Uses: commands.h, re.h (releasing the compiled validators at exit); PARIDX_VERSION comes from
 * CMake (project version). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "re.h"

static const struct cli_cmd *const COMMANDS[] = {&CMD_RUN, &CMD_EXPLAIN, &CMD_IMPORT, &CMD_CHECK,
                                                 &CMD_TEST, &CMD_DIFF, &CMD_SCRIPT,
                                                 &CMD_BACKUP, &CMD_CHECK_DB};
#define NCOMMANDS (sizeof COMMANDS / sizeof *COMMANDS)

static const struct cli_cmd *find_command(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (!strcmp(COMMANDS[i]->name, name))
            return COMMANDS[i];
    return NULL;
}

static void overview(FILE *out)
{
    fputs("paridx " PARIDX_VERSION " — Chỉ số cải cách hành chính (PAR Index) scoring\n"
          "usage: paridx COMMAND [ARGS] [options]\n\ncommands:\n", out);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(out, "  %-9s %s\n", COMMANDS[i]->name, COMMANDS[i]->summary);
    fputs("\n`paridx help COMMAND` shows a command's options.\n"
          "exit codes: 0 ok, 1 findings, 2 usage, 3 rule error, 4 data error, 5 limit hit, 6 system\n",
          out);
}

static int help(int argc, char **argv)
{
    if (argc < 1) {
        overview(stdout);
        return PX_OK;
    }
    const struct cli_cmd *cmd = find_command(argv[0]);
    if (!cmd) {
        fprintf(stderr, "paridx: help: no command '%s'\n", argv[0]);
        overview(stderr);
        return PX_USAGE;
    }
    cli_usage(stdout, cmd);
    return PX_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        overview(stderr);
        return PX_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "help") || !strcmp(name, "--help") || !strcmp(name, "-h"))
        return help(argc - 2, argv + 2);
    if (!strcmp(name, "--version")) {
        puts("paridx " PARIDX_VERSION);
        return PX_OK;
    }
    const struct cli_cmd *cmd = find_command(name);
    if (!cmd) {
        fprintf(stderr, "paridx: unknown command '%s'\n", name);
        overview(stderr);
        return PX_USAGE;
    }
    char **args;
    int nargs;
    int rc = cli_parse(cmd, argc - 2, argv + 2, &args, &nargs);
    if (rc == 0)
        rc = cmd->run(args, nargs);
    free(args);
    re_shapes_free();
    return rc;
}
