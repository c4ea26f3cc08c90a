/* repl.c — the REPL's loop: lines from a terminal (libedit, prompts, history, Ctrl-C, Ctrl-D)
 * or, when stdin is not a terminal, a script read line by line that prints what the terminal
 * would; a line starting with '.' is a dot-command, any other is Lua, continued on the next
 * lines while it is an unfinished statement.  Every command gets fresh sandbox budgets; a
 * Ctrl-C stops the Lua or scoring that runs and keeps the session; an error in a script is
 * reported with its line and the script goes on.
 * Uses: repl.h, repl_lua.h, engine_incr.h (budgets, the stop), POSIX signals. */
#define _POSIX_C_SOURCE 200809L /* sigaction, getline, strdup */
#include "repl.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "repl_lua.h"
#include "i18n.h"

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
    (void)sig;
    interrupted = 1;
    incr_stop();
}

/* Appends line to *text (a Lua statement spanning lines); -1 when out of memory. */
static int append(char **text, const char *line)
{
    size_t had = *text ? strlen(*text) : 0, len = strlen(line);
    char *grown = realloc(*text, had + len + 2);
    if (!grown)
        return -1;
    if (had)
        grown[had++] = '\n';
    memcpy(grown + had, line, len + 1);
    *text = grown;
    return 0;
}

/* A Lua chunk whose line numbers are the script's: the text after (first - 1) empty lines. */
static char *numbered(const char *text, long first)
{
    size_t pad = first > 1 ? (size_t)(first - 1) : 0, len = strlen(text);
    char *s = malloc(pad + len + 1);
    if (s) {
        memset(s, '\n', pad);
        memcpy(s + pad, text, len + 1);
    }
    return s;
}

/* Runs the Lua in *pending (lines from r->line on); 1 when it needs more lines. */
static int run_lua(struct repl *r, char **pending)
{
    char *chunk = numbered(*pending, r->interactive ? 1 : r->line);
    if (!chunk)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    char name[600];
    snprintf(name, sizeof name, "=%s", r->input);
    struct px_err e;
    int rc = repl_lua_eval(&r->ss.rules, name, chunk, stdout, &e);
    free(chunk);
    if (rc == 1)
        return 1;
    free(*pending);
    *pending = NULL;
    if (rc == 0)
        return 0;
    return repl_report(r, &e);
}

/* One line typed (lineno): a dot-command, Lua, or the next line of a statement in *pending.
 * 0, 1 when a statement goes on, else the exit code of what failed (said). */
static int one_line(struct repl *r, char *line, long lineno, char **pending)
{
    const char *text = line + strspn(line, " \t");
    if (!*pending && (!*text || *text == '\r' || *text == '\n'))
        return 0;
    incr_rearm(&r->ss.rules);
    if (!*pending && *text == '.') {
        r->line = lineno;
        return repl_dot(r, (char *)text + 1);
    }
    if (!*pending)
        r->line = lineno;
    if (append(pending, line) != 0)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    return run_lua(r, pending);
}

/* Reads the next line (without its newline); NULL at the end. */
static char *next_line(struct repl *r, int more, char **buf, size_t *cap)
{
    if (r->interactive) {
        free(*buf);
        *buf = repl_edit_read(more ? ">> " : "paridx> ", &interrupted);
        return *buf;
    }
    ssize_t len = getline(buf, cap, stdin);
    if (len < 0)
        return NULL;
    if (len > 0 && (*buf)[len - 1] == '\n')
        (*buf)[--len] = '\0';
    return *buf;
}

int repl_loop(struct repl *r)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt; /* no SA_RESTART: a read at the prompt returns */
    sigemptyset(&sa.sa_mask);
    if (r->interactive) {
        sigaction(SIGINT, &sa, &old);
        repl_edit_open(r);
    }
    char *buf = NULL, *pending = NULL;
    size_t cap = 0;
    long lineno = 0;
    int status = 0;
    while (!r->quit) {
        interrupted = 0;
        char *line = next_line(r, pending != NULL, &buf, &cap);
        if (!line && !(r->interactive && interrupted))
            break;
        lineno++;
        if (interrupted) { /* a Ctrl-C at the prompt: the line is dropped */
            free(pending);
            pending = NULL;
            printf("\n");
            continue;
        }
        int rc = one_line(r, line, lineno, &pending);
        fflush(stdout);
        if (rc > 1 && !status)
            status = rc;
    }
    if (pending) {
        int rc = repl_fail(r, PX_RULE, "%s", _("the input ended inside an unfinished Lua statement"));
        status = status ? status : rc;
    }
    free(pending);
    if (r->interactive) {
        if (!r->quit)
            printf("\n");
        repl_edit_close();
        free(buf);
        sigaction(SIGINT, &old, NULL);
        return PX_OK;
    }
    free(buf);
    return status;
}
