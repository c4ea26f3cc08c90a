/* sandbox_watch.c — the watchdog of a run whose steps are not counted (see
 * sandbox_protect_repeatable): a timer on this thread's processor time that, once
 * WATCH_NSEC of it are spent, sets the state's hook to stop the run so that it is run again
 * with its steps counted.
 * Lua's own interpreter stops a running state the same way (lua.c sets a hook from its
 * SIGINT handler): lua_sethook is the one call Lua makes safe to use from a signal.  The
 * signal goes to the thread that armed the timer alone (SIGEV_THREAD_ID), never to the
 * database's check thread, and a thread's processor time does not pass while it waits (for
 * the REPL's keyboard, say), so a waiting thread is never interrupted.
 * Provides sandbox_watch_start(), sandbox_watch_stop(), sandbox_watch_fired(),
 * sandbox_watch_free().  Uses: lua5.4, POSIX timers (Linux's SIGEV_THREAD_ID), sandbox_impl.h. */
#define _GNU_SOURCE /* SIGEV_THREAD_ID, sigev_notify_thread_id, gettid */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sandbox_impl.h"

#ifndef sigev_notify_thread_id /* glibc names it from 2.38 on; the field is older */
#define sigev_notify_thread_id _sigev_un._tid
#endif

#define WATCH_NSEC 10000000L /* 10 ms of processor time */

static lua_State *volatile watched;      /* the state whose run the timer watches, or NULL */
static lua_Hook volatile on_fire;        /* the hook the timer sets on it */
static volatile sig_atomic_t fired;      /* the timer fired during the current watch */

struct sandbox_timer {
    timer_t id;
};

static void on_signal(int sig)
{
    (void)sig;
    int saved = errno;
    lua_State *L = watched;
    if (L) {
        fired = 1;
        lua_sethook(L, on_fire, LUA_MASKCOUNT, 1); /* stops at the next instruction */
    }
    errno = saved;
}

/* Makes sb's timer (once): 0, or -1 when this system offers none (then it is never tried
 * again for sb, and its runs are counted). */
static int make_timer(struct sandbox *sb)
{
    static int handler_set;
    if (sb->timer)
        return 0;
    if (sb->no_timer)
        return -1;
    sb->no_timer = 1;
    if (!handler_set) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        if (sigaction(SIGRTMIN, &sa, NULL) != 0)
            return -1;
        handler_set = 1;
    }
    struct sandbox_timer *t = malloc(sizeof *t);
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGRTMIN;
    sev.sigev_notify_thread_id = gettid();
    if (!t || timer_create(CLOCK_THREAD_CPUTIME_ID, &sev, &t->id) != 0) {
        free(t);
        return -1;
    }
    sb->timer = t;
    sb->no_timer = 0;
    return 0;
}

static int set_timer(struct sandbox *sb, long nsec)
{
    struct itimerspec t = {{0, 0}, {0, nsec}};
    return timer_settime(sb->timer->id, 0, &t, NULL);
}

int sandbox_watch_start(struct sandbox *sb, lua_Hook hook)
{
    if (make_timer(sb) != 0)
        return -1;
    fired = 0;
    on_fire = hook;
    watched = sb->L;
    if (set_timer(sb, WATCH_NSEC) != 0) {
        watched = NULL;
        return -1;
    }
    return 0;
}

int sandbox_watch_stop(struct sandbox *sb)
{
    set_timer(sb, 0); /* cannot fail for a timer made and armed here */
    watched = NULL;   /* a signal still pending changes nothing from here on */
    return fired;
}

int sandbox_watch_fired(void)
{
    return fired;
}

void sandbox_watch_free(struct sandbox *sb)
{
    if (sb->timer)
        timer_delete(sb->timer->id);
    free(sb->timer);
    sb->timer = NULL;
}
