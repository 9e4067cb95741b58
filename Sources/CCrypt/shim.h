// libxcrypt shim: crypt(3) for PIN hashes. The 32 KB `struct crypt_data` is allocated and
// wiped here, so Swift never handles it; both functions copy the result into a caller buffer.
#ifndef BRANCHDESK_CCRYPT_SHIM_H
#define BRANCHDESK_CCRYPT_SHIM_H
#include <crypt.h>
#include <stdlib.h>
#include <string.h>

/// Largest hash string crypt writes, terminating NUL included.
static inline int shim_crypt_output_size(void) { return CRYPT_OUTPUT_SIZE; }
/// Largest setting string crypt_gensalt writes, terminating NUL included.
static inline int shim_crypt_gensalt_output_size(void) { return CRYPT_GENSALT_OUTPUT_SIZE; }

/// A fresh setting (method, cost, salt from the OS random source) into `out`.
/// `prefix` NULL picks libxcrypt's default method (yescrypt, "$y$"); count 0 its default cost.
/// Returns 0 on success, -1 when the method is unknown or no randomness was available.
static inline int shim_crypt_gensalt(const char *prefix, unsigned long count, char *out, int size) {
    return crypt_gensalt_rn(prefix, count, NULL, 0, out, size) != NULL && out[0] != '*' ? 0 : -1;
}

/// The hash of `phrase` under `setting` (a fresh setting, or a stored hash to verify against)
/// into `out`. Returns 0 on success, -1 on an invalid setting (crypt's "*" failure tokens).
static inline int shim_crypt(const char *phrase, const char *setting, char *out, int size) {
    struct crypt_data *data = calloc(1, sizeof *data);
    if (data == NULL) return -1;
    const char *hash = crypt_rn(phrase, setting, data, (int)sizeof *data);
    int ok = hash != NULL && hash[0] != '*' && strlen(hash) < (size_t)size;
    if (ok) strcpy(out, hash);
    // The work area held the phrase's derived state: wipe it before freeing.
    volatile unsigned char *p = (volatile unsigned char *)data;
    for (size_t i = 0; i < sizeof *data; i++) p[i] = 0;
    free(data);
    return ok ? 0 : -1;
}
#endif
