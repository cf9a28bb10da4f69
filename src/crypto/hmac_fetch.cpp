#include "crypto/hmac_fetch.hpp"

#include <dlfcn.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/obj_mac.h>

namespace crypto {
namespace {

using HmacInit = int (*)(HMAC_CTX*, const void*, int, const EVP_MD*, ENGINE*);

struct Libcrypto {
  HmacInit hmac_init = nullptr;
  EVP_MD* sha256 = nullptr;
};

// libcrypto's own HMAC_Init_ex (the next definition after this binary's) and
// one SHA-256 fetched from the default library context, as the implicit
// lookup would find it. Kept for the life of the process.
const Libcrypto& libcrypto() {
  static const Libcrypto found = [] {
    Libcrypto made;
    made.hmac_init = reinterpret_cast<HmacInit>(dlsym(RTLD_NEXT, "HMAC_Init_ex"));
    made.sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return made;
  }();
  return found;
}

thread_local unsigned long t_fetched_inits = 0;

}  // namespace

unsigned long fetched_sha256_hmacs_on_this_thread() { return t_fetched_inits; }

}  // namespace crypto

// The binary's definition of OpenSSL's HMAC_Init_ex; CMakeLists.txt exports it
// so that libpq (and every other library) binds to it.
extern "C" int HMAC_Init_ex(HMAC_CTX* ctx, const void* key, int length, const EVP_MD* md,
                            ENGINE* engine) {
  const auto& found = crypto::libcrypto();
  if (found.hmac_init == nullptr) {
    return 0;  // no libcrypto behind this binary: HMAC fails as OpenSSL would
  }
  // Only OpenSSL's built-in SHA-256 object (it has no provider) is swapped;
  // a digest the caller fetched itself, or one used with an engine, is kept.
  if (md != nullptr && engine == nullptr && found.sha256 != nullptr &&
      EVP_MD_get0_provider(md) == nullptr && EVP_MD_get_type(md) == NID_sha256) {
    md = found.sha256;
    ++crypto::t_fetched_inits;
  }
  return found.hmac_init(ctx, key, length, md, engine);
}
