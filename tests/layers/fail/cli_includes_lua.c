/* the command line never sees Lua: it goes through the engine. */
#include <lua.h>
