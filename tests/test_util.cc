#include "test_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::testing {

std::string DataDir() { return std::string(DYAD_BINARY_DIR) + "/data"; }
std::string SourceDir() { return DYAD_SOURCE_DIR; }

std::string SharedDir() {
  std::filesystem::path p = std::filesystem::path(DYAD_SOURCE_DIR) / ".." / "shared";
  std::error_code ec;
  if (std::filesystem::is_directory(p / "seed", ec)) return p.lexically_normal().string();
  return "";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::testing
