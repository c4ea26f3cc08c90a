/* scratch.c — throw-away files for unit tests (see scratch.h).  Uses: POSIX (mkdtemp,
 * opendir) and stdio, re.h (releasing shapes); aborts the test program when the file system
 * refuses. */
#define _POSIX_C_SOURCE 200809L
#include "scratch.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "re.h"

static char dir[64];
static char **paths;
static size_t npaths;

static void die(const char *what, const char *path)
{
    perror(path);
    fprintf(stderr, "scratch: cannot %s\n", what);
    abort();
}

const char *scratch_path(const char *name)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/paridx-unit-XXXXXX");
        if (!mkdtemp(dir))
            die("create the scratch directory", dir);
    }
    char **grown = realloc(paths, (npaths + 1) * sizeof *paths);
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    if (!grown || !path)
        die("allocate", name);
    paths = grown;
    snprintf(path, n, "%s/%s", dir, name);
    return paths[npaths++] = path;
}

const char *scratch_file(const char *name, const void *data, size_t len)
{
    const char *path = scratch_path(name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0)
        die("write", path);
    return path;
}

void scratch_cleanup(void)
{
    DIR *d = dir[0] ? opendir(dir) : NULL;
    for (struct dirent *ent; d && (ent = readdir(d));) {
        if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0)
            continue;
        char path[sizeof dir + 256];
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        unlink(path);
    }
    if (d) {
        closedir(d);
        rmdir(dir);
    }
    dir[0] = '\0';
    for (size_t i = 0; i < npaths; i++)
        free(paths[i]);
    free(paths);
    paths = NULL;
    npaths = 0;
}

int scratch_group_setup(void **state)
{
    (void)state;
    return setenv("PARIDX_NOW", SCRATCH_NOW, 1);
}

int scratch_group_teardown(void **state)
{
    (void)state;
    scratch_cleanup();
    re_shapes_free();
    return 0;
}
