// The CAMEO codebook: every event code with its name, Goldstein value, quad
// class and PLOVER category.
#ifndef DYAD_EVENTS_CODEBOOK_H_
#define DYAD_EVENTS_CODEBOOK_H_

#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string code;    // "046"
  std::string name;    // "Engage in negotiation"
  double goldstein = 0;
  int quad_class = 1;  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover;  // PLOVER 2021 category; empty for 01 and 02
};

class Codebook {
 public:
  static Status Load(const std::string& path, std::unique_ptr<Codebook>* out);
  virtual ~Codebook() = default;
  // nullptr for an unknown code.
  virtual const CameoCode* Find(std::string_view code) const = 0;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CODEBOOK_H_
