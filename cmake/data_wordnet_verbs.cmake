# 90_wordnet.txt: WordNet synonyms of the bare verb heads that
# data/verbs/wordnet_review.tsv accepts, written as an ordinary pattern file
# into ${DYAD_DATA_OUT}/verbs (see tools/data/expand_verbs.cc, docs/verbs.md).
# Every proposal and its review status goes to wordnet_proposals.tsv in the
# build folder, for reviewers.
set(DYAD_WORDNET_DIR /usr/share/wordnet CACHE PATH "WordNet dictionary (wordnet-base)")

add_executable(expand_verbs ${CMAKE_SOURCE_DIR}/tools/data/expand_verbs.cc)
target_include_directories(expand_verbs PRIVATE ${CMAKE_SOURCE_DIR}/src)

file(GLOB DYAD_VERB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/verbs/*.txt)
set(DYAD_WORDNET_REVIEW ${CMAKE_SOURCE_DIR}/data/verbs/wordnet_review.tsv)
set(DYAD_WORDNET_PROPOSALS ${CMAKE_BINARY_DIR}/wordnet_proposals.tsv)

add_custom_command(
  OUTPUT ${DYAD_DATA_OUT}/verbs/90_wordnet.txt ${DYAD_WORDNET_PROPOSALS}
  COMMAND expand_verbs --verbs ${CMAKE_SOURCE_DIR}/data/verbs
          --wordnet ${DYAD_WORDNET_DIR} --review ${DYAD_WORDNET_REVIEW}
          --out ${DYAD_DATA_OUT}/verbs/90_wordnet.txt
          --proposals ${DYAD_WORDNET_PROPOSALS}
  DEPENDS expand_verbs ${DYAD_VERB_FILES} ${DYAD_WORDNET_REVIEW}
          ${DYAD_WORDNET_DIR}/index.verb ${DYAD_WORDNET_DIR}/data.verb
  COMMENT "Expanding bare verb heads with reviewed WordNet synonyms"
  VERBATIM)
add_custom_target(dyad_data_wordnet_verbs
  DEPENDS ${DYAD_DATA_OUT}/verbs/90_wordnet.txt ${DYAD_WORDNET_PROPOSALS})
add_dependencies(dyad_data dyad_data_wordnet_verbs)
