#include <catch2/catch.hpp>

#include <thread>

#include "ingest/fold.h"

using namespace newsgraph;

TEST_CASE("fold_key: accents, scripts, case", "[front]") {
  CHECK(fold_key("Nguyễn Thu Hà") == "nguyen thu ha");
  CHECK(fold_key("Çelik") == "celik");
  CHECK(fold_key("Zoë Kraus") == "zoe kraus");
  CHECK(fold_key("Zoe\xCC\x88 Kraus") == "zoe kraus");  // decomposed diaeresis
  CHECK(fold_key("Søren Straße") == "soren strasse");
  CHECK(fold_key("Łukasz Wróbel") == "lukasz wrobel");
  CHECK(fold_key("Москва") == "moskva");
  CHECK(fold_key("ÉCOLE") == "ecole");
}

TEST_CASE("fold_key: punctuation, spaces, leading article", "[front]") {
  CHECK(fold_key("U.S.") == "us");
  CHECK(fold_key("AT&T") == "att");
  CHECK(fold_key("The White House") == "white house");
  CHECK(fold_key("the  Quillon   Group ") == "quillon group");
  CHECK(fold_key("Coca-Cola") == "coca cola");
  CHECK(fold_key("Pellan Mobile’s") == "pellan mobiles");
  CHECK(fold_key("Theta Labs") == "theta labs");  // "the" only as a whole word
  CHECK(fold_key("Yahoo!") == "yahoo");
  CHECK(fold_key("Corvex-3") == "corvex 3");
  CHECK(fold_key("") == "");
  CHECK(fold_key("...") == "");
}

TEST_CASE("fold_key: same key from several threads", "[front]") {
  std::string a, b;
  std::thread t1([&] { a = fold_key("Ōsaka Ünal"); });
  std::thread t2([&] { b = fold_key("Ōsaka Ünal"); });
  t1.join();
  t2.join();
  CHECK(a == "osaka unal");
  CHECK(b == a);
}
