/* the model is plain C data: no database. */
#include "store.h"
