/* sandbox.c — the Lua state that runs rule files (see sandbox.h for the guarantees): its
 * budgets (renewed and stopped for the REPL), loading files and REPL lines, protected calls.
 * The libraries it offers: sandbox_base.c.
 *
 * How each budget holds:
 *  - Runaway loops: a count hook every HOOK_EVERY instructions charges the step budget and
 *    looks at the clock; once a budget is spent, the hook raises on every firing, and the
 *    sandbox's pcall/xpcall re-raise (an xpcall handler is not even called), so no rule can
 *    swallow the stop.
 *  - Long single C calls, where the hook never fires: Lua patterns are not offered (paridx.re
 *    has PCRE2 match limits); SQLite queries are charged through sandbox_interrupt() (steps
 *    and the clock); everything else offered is linear in memory, which is budgeted, and an
 *    allocator that sees many allocations with no hook firing in between (one long C call)
 *    looks at the clock too.
 *  - Memory: a counting allocator refuses growth past the budget.
 *  - Counting costs: once set, Lua's count hook runs on every instruction (an eighth of a
 *    unit's scoring).  sandbox_protect_repeatable() runs a repeatable piece of work without it
 *    under a watchdog (sandbox_watch.c) of 10 ms of processor time, in which no machine runs
 *    UNCOUNTED_MIN_STEPS steps; work that outlasts it is stopped and run again from the
 *    start, counted.  So a budget stops the same step on every machine, as if always counted.
 * Errors come back placed: the file and line Lua writes into its messages are read back into
 * the error's fields (error_from_lua).
 * Uses: lua5.4 (lua.h, lauxlib.h), diag.h, fileio.h (reading and hashing), text.h (UTF-8),
 * vec.h (the files loaded), sandbox_impl.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup, clock_gettime */
#include "sandbox.h"

#include <ctype.h>
#include <signal.h>
#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fileio.h"
#include "sandbox_impl.h"
#include "text.h"
#include "vec.h"
#include "i18n.h"

#define HOOK_EVERY 1000
#define CLOCK_EVERY 65536 /* allocations with no hook firing before the allocator looks at the clock */
#define HOST_HEADROOM ((size_t)4 << 20) /* left to the host after a budget trips */
#define UNCOUNTED_MIN_STEPS 100000000LL /* smaller step budgets are always counted */
#define RERUNS_GIVE_UP 3 /* uncounted runs in a row run again before a sandbox counts them all */

static const char DATA_ERROR_MT[] = "paridx.data_error";

static volatile sig_atomic_t stop_asked; /* sandbox_stop() */
static const char REPL_ENV = 0;            /* the registry key of the REPL's environment */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Marks the wall-clock budget spent when its time has come; 1 when it is. */
static int out_of_time(struct sandbox *sb)
{
    if (sb->hit == HIT_NONE && stop_asked)
        sb->hit = HIT_STOP;
    if (sb->hit == HIT_NONE && now() >= sb->deadline)
        sb->hit = HIT_TIME;
    return sb->hit == HIT_TIME || sb->hit == HIT_STOP;
}

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->memory -= old;
        return NULL;
    }
    size_t limit = sb->lim.max_memory + (sb->hit == HIT_NONE ? 0 : HOST_HEADROOM);
    if (nsize > old && sb->memory - old + nsize > limit) {
        if (sb->hit == HIT_NONE)
            sb->hit = HIT_MEMORY;
        return NULL;
    }
    if (nsize > old && sb->hit == HIT_NONE && ++sb->allocations >= CLOCK_EVERY) {
        sb->allocations = 0; /* the hook resets it too: Lua code is stopped there, with its line */
        if (out_of_time(sb))
            return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p)
        sb->memory = sb->memory - old + nsize;
    return p;
}

struct sandbox *sandbox_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    struct sandbox *sb = sandbox_of(L);
    if (sb->hit == HIT_NONE) {
        sb->allocations = 0;
        sb->steps += HOOK_EVERY;
        if (sb->steps > sb->lim.max_steps)
            sb->hit = HIT_STEPS;
        else if (!out_of_time(sb))
            return;
        if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0) {
            snprintf(sb->where_file, sizeof sb->where_file, "%s",
                     ar->source[0] == '@' ? ar->source + 1 : ar->short_src);
            sb->where_line = ar->currentline;
        }
    }
    lua_pushliteral(L, "stopped: the rule's budget is spent");
    lua_error(L);
}

/* Set by the watchdog on a state running uncounted: stops the run, to be run again counted. */
static void rerun_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    struct sandbox *sb = sandbox_of(L);
    if (sb->hit == HIT_NONE)
        sb->hit = HIT_RERUN;
    lua_pushliteral(L, "stopped: to be run again with its steps counted");
    lua_error(L);
}

int sandbox_interrupt(void *ud)
{
    struct sandbox *sb = ud;
    if (sb->hit != HIT_NONE)
        return 1;
    if (sb->uncounted) {
        if (!sandbox_watch_fired())
            return 0;
        sb->hit = HIT_RERUN;
        return 1;
    }
    sb->steps += HOOK_EVERY; /* SQLite calls this every HOOK_EVERY of its own steps */
    if (sb->steps > sb->lim.max_steps)
        sb->hit = HIT_STEPS;
    else if (!out_of_time(sb))
        return 0;
    lua_Debug ar; /* the rule's line that called into C (level 0 is the C function itself) */
    if (lua_getstack(sb->L, 1, &ar) && lua_getinfo(sb->L, "Sl", &ar) && ar.currentline > 0) {
        snprintf(sb->where_file, sizeof sb->where_file, "%s",
                 ar.source[0] == '@' ? ar.source + 1 : ar.short_src);
        sb->where_line = ar.currentline;
    }
    return 1;
}

void sandbox_rearm(struct sandbox *sb)
{
    sb->steps = 0;
    sb->allocations = 0;
    sb->deadline = now() + (double)sb->lim.max_seconds;
    sb->hit = HIT_NONE;
    sb->where_file[0] = '\0';
    sb->where_line = 0;
    stop_asked = 0;
}

void sandbox_stop(void)
{
    stop_asked = 1;
}

size_t sandbox_memory_left(const struct sandbox *sb)
{
    return sb->memory < sb->lim.max_memory ? sb->lim.max_memory - sb->memory : 0;
}

int sandbox_memory_error(lua_State *L)
{
    struct sandbox *sb = sandbox_of(L);
    if (sb->hit == HIT_NONE)
        sb->hit = HIT_MEMORY;
    return luaL_error(L, _("not enough memory"));
}

int sandbox_exhausted(const struct sandbox *sb)
{
    return sb->hit != HIT_NONE;
}

void sandbox_refill(struct sandbox *sb)
{
    if (sb->hit != HIT_NONE)
        return;
    sb->steps = 0;
    sb->deadline = now() + (double)sb->lim.max_seconds;
}

static int message_handler(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING || luaL_testudata(L, 1, DATA_ERROR_MT))
        return 1;
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
        return 1;
    lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
    return 1;
}

static int open_state(lua_State *L)
{
    sandbox_build_base(L);
    luaL_newmetatable(L, DATA_ERROR_MT);
    return 0;
}

struct sandbox *sandbox_new(const struct sandbox_limits *lim, const char *lib_dir,
                            struct px_err *e)
{
    struct sandbox *sb = calloc(1, sizeof *sb);
    if (!sb || !(sb->lib_dir = strdup(lib_dir))) {
        free(sb);
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return NULL;
    }
    sb->lim = *lim;
    sb->deadline = now() + (double)lim->max_seconds;
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L) {
        sandbox_free(sb);
        px_err_set(e, PX_SYSTEM, _("cannot create a Lua state"));
        return NULL;
    }
    lua_pushcfunction(sb->L, open_state);
    if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
        px_err_set(e, PX_SYSTEM, _("cannot prepare the rule sandbox: %s"), lua_tostring(sb->L, -1));
        sandbox_free(sb);
        return NULL;
    }
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, HOOK_EVERY);
    return sb;
}

void sandbox_free(struct sandbox *sb)
{
    if (!sb)
        return;
    sandbox_watch_free(sb);
    if (sb->L)
        lua_close(sb->L);
    for (size_t i = 0; i < sb->nchunks; i++)
        free(sb->chunks[i]);
    free(sb->chunks);
    free(sb->held);
    free(sb->lib_dir);
    free(sb);
}

lua_State *sandbox_lua(struct sandbox *sb)
{
    return sb->L;
}

/* ---- loading ---- */

/* Refuses text that is not valid UTF-8, naming the line and column (in characters) of the
 * first bad byte. */
static int check_utf8(const char *path, const char *text, size_t len, struct px_err *e)
{
    size_t bad;
    char *nfc = text_nfc(text, len, &bad);
    if (nfc) {
        free(nfc);
        return 0;
    }
    if (bad >= len) { /* not a bad byte: the conversion itself failed */
        px_err_at(e, PX_SYSTEM, path, 0, 0, _("out of memory"));
        return -1;
    }
    int line = 1, column = 1;
    for (size_t i = 0; i < bad; i++) {
        if (text[i] == '\n')
            line++, column = 1;
        else if (((unsigned char)text[i] & 0xC0) != 0x80)
            column++;
    }
    px_err_at(e, PX_RULE, path, line, column, _("expected UTF-8 text, found the byte 0x%02X; save "
              "the file as UTF-8"), (unsigned char)text[bad]);
    return -1;
}

/* Lua writes the place of an error into its message as "file:line: "; this reads it back into
 * e's fields, for the files this sandbox loaded (a name Lua shortened stays in the text). */
static void error_from_lua(struct sandbox *sb, enum px_exit code, const char *msg,
                           struct px_err *e)
{
    for (size_t i = 0; i < sb->nchunks; i++) {
        size_t len = strlen(sb->chunks[i]);
        char *end = NULL;
        long line = 0;
        if (!strncmp(msg, sb->chunks[i], len) && msg[len] == ':' &&
            isdigit((unsigned char)msg[len + 1]))
            line = strtol(msg + len + 1, &end, 10);
        if (line > 0 && line <= INT_MAX && end[0] == ':' && end[1] == ' ') {
            px_err_at(e, code, sb->chunks[i], (int)line, 0, "%s", end + 2);
            return;
        }
    }
    px_err_set(e, code, "%s", msg);
}

static int remember_chunk(struct sandbox *sb, const char *path)
{
    for (size_t i = 0; i < sb->nchunks; i++)
        if (!strcmp(sb->chunks[i], path))
            return 0;
    char *copy = strdup(path);
    if (!copy || VEC_PUSH(sb->chunks, sb->nchunks, sb->chunks_cap, copy) != 0) {
        free(copy);
        return -1;
    }
    return 0;
}

struct chunk {
    const char *text;
    size_t len;
    const char *name;
};

/* Protected: compiles the chunk (text only) and gives it its own environment. */
static int compile_chunk(lua_State *L)
{
    const struct chunk *c = lua_touserdata(L, 1);
    if (luaL_loadbufferx(L, c->text, c->len, c->name, "t") != LUA_OK)
        return lua_error(L);
    sandbox_push_environment(L);
    lua_setupvalue(L, -2, 1);
    return 1;
}

int sandbox_load(struct sandbox *sb, const char *path, char sha256[65], struct px_err *e)
{
    size_t len;
    char *text = file_read_max(path, SANDBOX_MAX_FILE, &len, e);
    if (!text) {
        if (e->code != PX_SYSTEM)
            e->code = PX_RULE;
        return -1;
    }
    int rc = -1;
    if (len && text[0] == LUA_SIGNATURE[0])
        px_err_at(e, PX_RULE, path, 0, 0,
                  _("this is compiled Lua bytecode; rule files are read as text only"));
    else if (check_utf8(path, text, len, e) != 0)
        ;
    else if (remember_chunk(sb, path) != 0)
        px_err_set(e, PX_SYSTEM, _("out of memory"));
    else
        rc = 0;
    if (rc == 0) {
        if (sha256)
            sha256_hex(text, len, sha256);
        size_t skip = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0; /* Notepad's BOM */
        for (size_t i = skip; text[skip] == '#' && i < len && text[i] != '\n'; i++)
            text[i] = ' '; /* "#!…": blanked, so lines and columns stay */
        char name[4200];
        snprintf(name, sizeof name, "@%s", path);
        struct chunk c = {text + skip, len - skip, name};
        lua_pushcfunction(sb->L, compile_chunk);
        lua_pushlightuserdata(sb->L, &c);
        rc = sandbox_call(sb, 1, 1, e);
    }
    free(text);
    return rc;
}

/* Protected: compiles a REPL line with the environment all REPL lines share. */
static int compile_line(lua_State *L)
{
    const struct chunk *c = lua_touserdata(L, 1);
    if (luaL_loadbufferx(L, c->text, c->len, c->name, "t") != LUA_OK)
        return lua_error(L);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &REPL_ENV) == LUA_TNIL) {
        lua_pop(L, 1);
        sandbox_push_environment(L);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &REPL_ENV);
    }
    lua_setupvalue(L, -2, 1);
    return 1;
}

int sandbox_load_line(struct sandbox *sb, const char *name, const char *text, int as_expression,
                      int *incomplete, struct px_err *e)
{
    static const char EOF_MARK[] = "<eof>";
    *incomplete = 0;
    size_t len = strlen(text);
    char *code = malloc(len + 8);
    if (!code || (name[0] == '=' && remember_chunk(sb, name + 1) != 0)) { /* its errors placed */
        free(code);
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    snprintf(code, len + 8, "%s%s", as_expression ? "return " : "", text);
    struct chunk c = {code, strlen(code), name};
    lua_pushcfunction(sb->L, compile_line);
    lua_pushlightuserdata(sb->L, &c);
    int rc = sandbox_call(sb, 1, 1, e);
    free(code);
    size_t mlen = rc != 0 ? strlen(e->msg) : 0;
    if (rc != 0 && e->code == PX_RULE && mlen >= sizeof EOF_MARK - 1 &&
        !strcmp(e->msg + mlen - (sizeof EOF_MARK - 1), EOF_MARK))
        *incomplete = 1;
    return rc;
}

/* ---- protected calls ---- */

int sandbox_data_error(lua_State *L, const char *msg)
{
    char *box = lua_newuserdatauv(L, strlen(msg) + 1, 0);
    strcpy(box, msg);
    luaL_setmetatable(L, DATA_ERROR_MT);
    return lua_error(L);
}

int sandbox_call(struct sandbox *sb, int nargs, int nresults, struct px_err *e)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    if (stop_asked && sb->hit == HIT_NONE) { /* a stop between two calls: none starts */
        sb->hit = HIT_STOP;
        lua_settop(L, base - 1);
        px_err_set(e, PX_LIMIT, "%s", _("interrupted (Ctrl-C)"));
        return -1;
    }
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (status == LUA_OK)
        return 0;
    if (sb->hit == HIT_STEPS)
        px_err_at(e, PX_LIMIT, sb->where_file, sb->where_line, 0, _("stopped after %lld steps (the "
                  "limit, --max-steps); is there an endless loop?"), sb->lim.max_steps);
    else if (sb->hit == HIT_TIME)
        px_err_at(e, PX_LIMIT, sb->where_file, sb->where_line, 0,
                  ngettext("stopped after %lld second (the limit, --max-seconds); is there an "
                           "endless loop?",
                           "stopped after %lld seconds (the limit, --max-seconds); is there an "
                           "endless loop?",
                           (unsigned long)sb->lim.max_seconds),
                  sb->lim.max_seconds);
    else if (sb->hit == HIT_STOP)
        px_err_at(e, PX_LIMIT, sb->where_file, sb->where_line, 0, _("interrupted (Ctrl-C)"));
    else if (sb->hit == HIT_MEMORY || status == LUA_ERRMEM)
        px_err_set(e, PX_LIMIT, _("the rule used more than %zu MiB of memory (the limit, "
                                  "--max-memory)"),
                   sb->lim.max_memory >> 20);
    else if (luaL_testudata(L, -1, DATA_ERROR_MT))
        px_err_set(e, PX_DATA, "%s", (const char *)lua_touserdata(L, -1));
    else
        error_from_lua(sb, PX_RULE, lua_isstring(L, -1) ? lua_tostring(L, -1) : "unknown error",
                       e);
    lua_pop(L, 1);
    return -1;
}

int sandbox_protect(struct sandbox *sb, lua_CFunction f, void *ud, int nargs, struct px_err *e)
{
    lua_State *L = sb->L;
    if (!lua_checkstack(L, 3)) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    lua_pushcfunction(L, f);
    lua_pushlightuserdata(L, ud);
    lua_rotate(L, -nargs - 2, 2);
    return sandbox_call(sb, nargs + 1, 0, e);
}

void sandbox_say(struct sandbox *sb, const char *s, size_t len)
{
    size_t need = sb->held_len + sizeof len + len;
    if (!sb->uncounted || vec_reserve(sb->held, sb->held_cap, need) != 0) {
        px_echo(s, len); /* out of memory: said now, and again if the run is done again */
        return;
    }
    memcpy(sb->held + sb->held_len, &len, sizeof len);
    memcpy(sb->held + sb->held_len + sizeof len, s, len);
    sb->held_len = need;
}

/* Says the lines held in an uncounted run (say) or forgets them (the run is done again). */
static void release_held(struct sandbox *sb, int say)
{
    for (size_t at = 0; say && at < sb->held_len;) {
        size_t len;
        memcpy(&len, sb->held + at, sizeof len);
        px_echo(sb->held + at + sizeof len, len);
        at += sizeof len + len;
    }
    sb->held_len = 0;
}

/* One uncounted run of f under the watchdog: 0 or -1 as sandbox_protect, or 1 when the
 * watchdog stopped it (nothing set in e). */
static int run_uncounted(struct sandbox *sb, lua_CFunction f, void *ud, struct px_err *e)
{
    lua_sethook(sb->L, NULL, 0, 0);
    sb->uncounted = 1;
    int rc = sandbox_protect(sb, f, ud, 0, e);
    sandbox_watch_stop(sb);
    sb->uncounted = 0;
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, HOOK_EVERY); /* also over a late signal's */
    release_held(sb, sb->hit != HIT_RERUN);
    if (sb->hit != HIT_RERUN) {
        sb->reruns = 0;
        return rc;
    }
    sb->reruns++;
    sb->hit = HIT_NONE;
    sb->where_file[0] = '\0';
    sb->where_line = 0;
    return 1;
}

int sandbox_protect_repeatable(struct sandbox *sb, lua_CFunction f, void *ud,
                               void (*undo)(void *), struct px_err *e)
{
    if (sb->lim.max_steps >= UNCOUNTED_MIN_STEPS && sb->reruns < RERUNS_GIVE_UP &&
        sb->hit == HIT_NONE && !stop_asked && sandbox_watch_start(sb, rerun_hook) == 0) {
        int rc = run_uncounted(sb, f, ud, e);
        if (rc <= 0)
            return rc;
        undo(ud);
        sandbox_refill(sb);
    }
    return sandbox_protect(sb, f, ud, 0, e);
}
