/* util is the bottom layer: the model is out of its reach. */
#include "model.h"
