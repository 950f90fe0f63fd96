// Calendar arithmetic for the date resolver. std::chrono's civil calendar
// (C++20) does the leap-year and weekday work; these wrappers only translate
// between it and dyad::Date, whose fields may be partly unknown.
#include "extract/lexical.h"

#include <chrono>

namespace dyad::extract_internal {

int64_t DaysFromCivil(int y, int m, int d) {
  using namespace std::chrono;
  sys_days sd{year_month_day{year{y}, month{static_cast<unsigned>(m)},
                             day{static_cast<unsigned>(d)}}};
  return sd.time_since_epoch().count();
}

Date CivilFromDays(int64_t days) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{std::chrono::days{days}}};
  Date out;
  out.year = static_cast<int16_t>(static_cast<int>(ymd.year()));
  out.month = static_cast<int8_t>(static_cast<unsigned>(ymd.month()));
  out.day = static_cast<int8_t>(static_cast<unsigned>(ymd.day()));
  return out;
}

bool IsFullDate(const Date& d) {
  return d.year > 0 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

int Weekday(const Date& d) {
  using namespace std::chrono;
  sys_days sd{std::chrono::days{DaysFromCivil(d.year, d.month, d.day)}};
  return static_cast<int>(weekday{sd}.c_encoding());
}

Date AddDays(const Date& d, int64_t n) {
  return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + n);
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

}  // namespace dyad::extract_internal
