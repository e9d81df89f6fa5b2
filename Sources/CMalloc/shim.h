// glibc's allocator tuning (mallopt), which the Glibc Swift module does not include.
#if defined(__linux__)
#include <malloc.h>
#endif
