# tagger.bin: the part-of-speech and lemma model of src/tag/, compiled from
# Debian packages liblingua-en-tagger-perl (word/tag counts, tag bigrams) and
# wordnet-base (irregular forms, base-form indices). See docs/tagger.md.
set(DYAD_LINGUA_DIR /usr/share/perl5/Lingua/EN/Tagger CACHE PATH
    "Lingua::EN::Tagger data (liblingua-en-tagger-perl)")
set(DYAD_WORDNET_DIR /usr/share/wordnet CACHE PATH "WordNet dictionary (wordnet-base)")

add_executable(compile_tagger ${CMAKE_SOURCE_DIR}/tools/data/compile_tagger.cc)
target_include_directories(compile_tagger PRIVATE ${CMAKE_SOURCE_DIR}/include
                                                  ${CMAKE_SOURCE_DIR}/src)

set(DYAD_TAGGER_INPUTS
    ${DYAD_LINGUA_DIR}/words.yml ${DYAD_LINGUA_DIR}/tags.yml
    ${DYAD_LINGUA_DIR}/unknown.yml
    ${DYAD_WORDNET_DIR}/verb.exc ${DYAD_WORDNET_DIR}/noun.exc
    ${DYAD_WORDNET_DIR}/adj.exc ${DYAD_WORDNET_DIR}/adv.exc
    ${DYAD_WORDNET_DIR}/index.verb ${DYAD_WORDNET_DIR}/index.noun
    ${DYAD_WORDNET_DIR}/index.adj)

add_custom_command(
  OUTPUT ${DYAD_DATA_OUT}/tagger.bin
  COMMAND compile_tagger --lingua ${DYAD_LINGUA_DIR} --wordnet ${DYAD_WORDNET_DIR}
          --out ${DYAD_DATA_OUT}/tagger.bin
  DEPENDS compile_tagger ${DYAD_TAGGER_INPUTS}
  COMMENT "Compiling the tagger model (tagger.bin)"
  VERBATIM)
add_custom_target(dyad_data_tagger DEPENDS ${DYAD_DATA_OUT}/tagger.bin)
add_dependencies(dyad_data dyad_data_tagger)
