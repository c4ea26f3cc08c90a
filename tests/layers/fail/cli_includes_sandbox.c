/* the command line never sees the sandbox: it goes through the engine. */
#include "sandbox.h"
