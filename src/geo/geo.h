// Stage geo/: place names resolved to coordinates, and event locations.
#ifndef DYAD_GEO_GEO_H_
#define DYAD_GEO_GEO_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

class Gazetteer {
 public:
  // Loads the compiled gazetteer (see cmake/data_gazetteer.cmake).
  static Status Load(const std::string& path, std::unique_ptr<Gazetteer>* out);
  virtual ~Gazetteer() = default;

  // Fills doc->places and doc->focus_place. Thread-safe.
  virtual void FindPlaces(Document* doc) const = 0;
};

// Gives each event the place of its clause or sentence, else the focus.
void LocateEvents(Document* doc);

}  // namespace dyad

#endif  // DYAD_GEO_GEO_H_
