/* the Lua modules sit below the engine. */
#include "engine.h"
