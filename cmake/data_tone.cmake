# Tone lexicon: the VADER word valences from the npm package vader-sentiment,
# compiled into ${DYAD_DATA_OUT}/tone.bin (see tools/data/compile_tone.cc).
add_executable(dyad_compile_tone ${CMAKE_SOURCE_DIR}/tools/data/compile_tone.cc)
set(DYAD_VADER_JS ${DYAD_NPM_DIR}/vader-sentiment/src/vader_lexicon.js)
add_custom_command(
  OUTPUT ${DYAD_DATA_OUT}/tone.bin
  COMMAND dyad_compile_tone ${DYAD_VADER_JS} ${DYAD_DATA_OUT}/tone.bin
  DEPENDS dyad_compile_tone ${DYAD_VADER_JS}
  COMMENT "Compiling the tone lexicon (VADER)")
add_custom_target(dyad_data_tone DEPENDS ${DYAD_DATA_OUT}/tone.bin)
add_dependencies(dyad_data dyad_data_tone)
