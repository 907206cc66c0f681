"""``briefs new`` finds direct speech and its speakers the way news prose attributes them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.quotations import (
    HELD_OUT,
    UNSEEN,
    UNSEEN_2,
    UNSEEN_3,
    UNSEEN_4,
    UNSEEN_5,
    UNSEEN_6,
    UNSEEN_7,
    load_annotated,
    measure_folder,
    quotation_rules,
    score,
)
from generator.anchoring.locate import Found, NormalisedText, locate
from generator.authoring.draft import propose_claims
from generator.authoring.quotations import Speaker, find_quotations
from generator.authoring.quotations.names import NameBook
from generator.cli import main
from tests.conftest import make_project

ARTICLE = """Lecturers walk out over pay

Staff at 60 universities began a strike on Monday, the union said.

"We have been left with no choice," said Jo Grady, the union's general secretary. "Our members are exhausted."

Chi Onwurah, the shadow science minister, told reporters it was "a failure of leadership at every level."

"Students are paying the price for this dispute," Onwurah said.

"Universities cannot afford what the union is asking," a spokesperson for UCEA said.

Raj Jethwa, the employers' chief executive, spoke later. "The offer is fair and final," he said.

"We will keep talking to both sides," the minister said, according to an aide.

According to Mark Della, who leads the students' union, "nobody asked us what we think."

"This is the biggest walkout we have seen," said Della.

The "Fair Pay" campaign's "red line" slogan was on every banner. Staff sang "We Shall Overcome".

"Students are paying the price for this dispute," Grady added.
"""


def speakers(text: str) -> list[tuple[str | None, list[str]]]:
    return [(q.speaker.name if q.speaker else None, [text[p.start:p.end] for p in q.pieces])
            for q in find_quotations(text)]


def test_each_way_of_attributing_a_quote_names_its_speaker() -> None:
    assert [(pieces[0][:24], speaker) for speaker, pieces in speakers(ARTICLE)] == [
        ("We have been left with n", "Jo Grady"),                 # said X, a role after the name
        ("a failure of leadership ", "Chi Onwurah"),              # X, the role, told Y
        ("Students are paying the ", "Chi Onwurah"),              # surname only: "Onwurah said"
        ("Universities cannot affo", "a spokesperson for UCEA"),  # an unnamed speaker, as described
        ("The offer is fair and fi", "Raj Jethwa"),               # he said: the person just named
        ("We will keep talking to ", "Chi Onwurah"),              # the minister: the role given earlier
        ("nobody asked us what we ", "Mark Della"),               # according to X
        ("This is the biggest walk", "Mark Della"),               # said + surname only
        ("Students are paying the ", "Jo Grady"),                 # the same words again, "X added"
    ]


def test_an_unnamed_speaker_is_not_a_name() -> None:
    unnamed = [q.speaker for q in find_quotations(ARTICLE) if q.speaker and not q.speaker.named]
    assert [s.name for s in unnamed] == ["a spokesperson for UCEA"]


def test_a_quote_interrupted_by_its_attribution_is_one_quotation_in_pieces() -> None:
    assert ("Jo Grady", ["We have been left with no choice,", "Our members are exhausted."]) \
        in speakers(ARTICLE)


def test_titles_slogans_and_scare_quotes_are_not_proposed() -> None:
    quoted = [piece for _, pieces in speakers(ARTICLE) for piece in pieces]
    assert not any(p in quoted for p in ("Fair Pay", "red line", "We Shall Overcome"))


def test_briefs_new_proposes_pieces_with_distinct_anchors_and_the_draft_checks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project")
    (project / "briefs" / "strike.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(project)
    assert CliRunner().invoke(main, ["new", "briefs/strike.txt"]).exit_code == 0
    draft = yaml.safe_load((project / "briefs" / "strike.yaml").read_text(encoding="utf-8"))
    claims = draft["claims"]
    assert claims[0]["quote"] == ["We have been left with no choice", "Our members are exhausted."]
    repeated = [c["quote"] for c in claims if "paying the price" in str(c["quote"])]
    assert repeated[0] != repeated[1]  # the same words twice: each anchor points at its own place
    assert draft["actors"]["spokesperson-for-ucea"] == {"name": "Spokesperson for UCEA (unnamed)",
                                                        "kind": "person"}
    assert CliRunner().invoke(main, ["check"]).exit_code == 0


@pytest.mark.parametrize("folder", [None, HELD_OUT], ids=["tuning", "held-out"])
def test_quotation_goals_are_met_on_real_annotated_articles(folder: Path | None) -> None:
    """Hand-annotated real news articles (see benchmarks/quotations.py): the issue's goals."""
    articles = load_annotated() if folder is None else load_annotated(folder)
    measured = score(quotation_rules, articles)
    assert len(articles) >= (20 if folder is None else 8)
    assert measured.recall >= 0.90
    assert measured.precision >= 0.80
    assert measured.speaker_accuracy >= 0.85


# Each set of English articles annotated before the rules were run on it, held to the speakers it
# gets right today (benchmarks/README.md): a change may gain speakers, never lose one or give a
# wrong name where it gave none. Unseen 7 is held to what tuning on it reached (a three-word piece missed).
@pytest.mark.parametrize(("folder", "articles", "found", "right", "wrong"), [
    (UNSEEN, 6, 46, 34, 2), (UNSEEN_2, 3, 13, 11, 0), (UNSEEN_3, 3, 16, 16, 0), (UNSEEN_4, 4, 61, 58, 0),
    (UNSEEN_5, 6, 121, 112, 2), (UNSEEN_6, 7, 87, 87, 0), (UNSEEN_7, 13, 82, 72, 1),
], ids=["unseen", "unseen-2", "unseen-3", "unseen-4", "unseen-5", "unseen-6", "unseen-7"])
def test_unseen_articles_keep_the_speakers_they_get_right(folder: Path, articles: int, found: int, right: int,
                                                          wrong: int) -> None:
    measured = score(quotation_rules, load_annotated(folder))
    assert len(load_annotated(folder)) == articles
    assert measured.found >= found
    assert measured.named_right >= right
    assert measured.attributed - measured.named_right <= wrong


PROSE = st.lists(st.sampled_from([
    "\"", "“", "”", "’’", "'", " ", "\n", "\n\n", ",", ".", "said", "told", "according to", "he", "she",
    "the minister", "a spokesperson for", "Jo Grady", "Grady", "UCEA", "We will", "win", "…", "x"]),
    max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=PROSE)
def test_any_text_gives_pieces_inside_it_and_anchors_at_their_own_place(text: str) -> None:
    assert_pieces_anchor_in_place(text)


def assert_pieces_anchor_in_place(text: str) -> None:
    """Every quotation found in ``text`` is in pieces inside it, each anchoring at its own place."""
    view = NormalisedText(text)
    for claim, quotation in zip(propose_claims(text), find_quotations(text), strict=True):
        for anchor, piece in zip(claim.quote, quotation.pieces, strict=True):
            assert 0 <= piece.start < piece.end <= len(text)
            found = locate(anchor, view)
            assert isinstance(found, Found) and found.span.start == piece.start


# Attribution misses found on pages the rules had never seen (issue 26), each as a case.

def speaker_of(text: str, words: str) -> tuple[str, bool] | None:
    """The speaker of the quotation holding ``words``, and whether the article names it."""
    for quotation in find_quotations(text):
        if any(words in text[p.start:p.end] for p in quotation.pieces):
            return (quotation.speaker.name, quotation.speaker.named) if quotation.speaker else None
    raise AssertionError(f"no quotation holds {words!r}")


def test_an_organisations_unnamed_spokesperson_is_attributed_as_such_not_to_a_named_person() -> None:
    text = ("Senator Mitch McConnell spoke to reporters on Tuesday about the bill.\n\n"
            "\"The company will review every claim it receives,\" an Amazon spokesperson said.\n\n"
            "Jane Doe, the chief executive, left in May. A spokeswoman for the Pentagon said: "
            "\"The department does not comment on operations.\"")
    assert speaker_of(text, "review every claim") == ("an Amazon spokesperson", False)
    assert speaker_of(text, "does not comment") == ("A spokeswoman for the Pentagon", False)


def test_a_place_after_a_preposition_is_never_a_speaker() -> None:
    text = ("The senator returned home on Friday.\n\n"
            "\"We are going to win this thing,\" he told supporters in Kentucky.\n\n"
            "\"This is a historic day,\" said a voter in Kentucky, who asked not to be named.")
    speakers = [q.speaker.name for q in find_quotations(text) if q.speaker]
    assert not any("Kentucky" in name for name in speakers)


def test_an_administration_is_a_body_not_the_person_it_is_named_after() -> None:
    text = "\"We will not accept this deal,\" the Obama administration said in a statement in 2015."
    assert speaker_of(text, "accept this deal") == ("Obama administration", True)
    assert find_quotations(text)[0].speaker == Speaker("Obama administration", "organization")


def test_a_possessive_role_is_the_persons_spokesman_not_the_person() -> None:
    text = ("Alexandria Ocasio-Cortez’s office released a statement. \"The congresswoman has never "
            "taken money from lobbyists,\" Ocasio-Cortez’s spokesman said.")
    assert speaker_of(text, "never taken money") == ("Ocasio-Cortez’s spokesman", False)


def test_a_soft_hyphen_inside_a_name_leaves_the_name_whole() -> None:
    text = ("Ursula von der Ley\u00aden spoke in Brussels. "
            "\"Europe will stand together,\" said Ley\u00aden.\n\n"
            "\"This is our moment,\" said Ursula von der Ley\u00aden.")
    assert speaker_of(text, "stand together") == ("Ursula von der Leyen", True)
    assert speaker_of(text, "our moment") == ("Ursula von der Leyen", True)


def test_two_quotations_with_their_own_attributions_are_not_merged_into_one_claim() -> None:
    text = ("\"We have the numbers,\" Pelosi said. "
            "Minutes later, Steny Hoyer said: \"We will hold the vote.\"\n\n"
            "\"It was hard,\" Hoyer said. \"We tried.\"")
    assert [(q.speaker.name if q.speaker else None, len(q.pieces)) for q in find_quotations(text)] == [
        ("Pelosi", 1), ("Steny Hoyer", 1), ("Steny Hoyer", 2)]


def test_a_lawmakers_party_and_state_after_the_name_are_not_the_speaker() -> None:
    text = ("Sen. Jane Holloway, D-Ore., called the ruling \"a failure of the whole system\" on Monday.\n\n"
            "\"We will keep asking,\" Rep. Tom Brandt, R-Kan., said.")
    assert speaker_of(text, "failure of the whole") == ("Jane Holloway", True)
    assert speaker_of(text, "keep asking") == ("Tom Brandt", True)


def test_an_apposition_listing_a_place_and_a_second_role_leaves_the_person() -> None:
    text = ("\"The model matches what we see,\" Ana Ruiz, a fellow at the Institute for Space Studies in "
            "Leiden, Netherlands, and co-author of the study, said.")
    assert speaker_of(text, "model matches") == ("Ana Ruiz", True)


def test_an_office_named_for_its_field_is_one_speaker() -> None:
    text = ("The United Nations High Commissioner for Human Rights said the decision did \"not change the "
            "law that applies to every state\".")
    office = "United Nations High Commissioner for Human Rights"
    assert speaker_of(text, "not change the law") == (office, True)


def test_a_countrys_ministry_is_a_body() -> None:
    text = "The Spanish foreign ministry said it \"deeply regrets any step that harms the talks\"."
    assert speaker_of(text, "deeply regrets") == ("Spanish foreign ministry", True)
    assert find_quotations(text)[0].speaker == Speaker("Spanish foreign ministry", "organization")


def test_a_quotation_alone_after_a_persons_reported_speech_is_that_persons() -> None:
    text = ("Talks resumed in Geneva on Monday, said Mara Quist, the union's negotiator.\n\n"
            "Quist said the offer was the worst in a decade.\n\n"
            "\"They want us to give in and we will not give in.\"")
    assert speaker_of(text, "give in and") == ("Mara Quist", True)


def test_a_plea_attributes_its_words_like_a_speech_verb() -> None:
    text = ("Dana Whitlock told the committee the aid was vital.\n\n"
            "She begged lawmakers \"not to forget the people on the ground\" when they vote.")
    assert speaker_of(text, "not to forget") == ("Dana Whitlock", True)


def test_a_surname_spelt_like_he_before_a_given_name_is_a_name_not_the_pronoun() -> None:
    text = ("The talks were led by Wang Li, the chief negotiator.\n\n"
            "\"Nothing is settled yet,\" He Minghua, a former trade official, said.")
    assert speaker_of(text, "Nothing is settled") == ("He Minghua", True)


def test_a_journal_and_a_common_acronym_are_not_speakers() -> None:
    text = ("The authors of the study published in the journal Cell Reports argued that the drug is "
            "\"a promising but unproven treatment\".\n\n"
            "The campaign runs with TV spots in which people say, \"I am on the bus.\"")
    assert speaker_of(text, "promising but unproven") == ("The authors of the study", False)
    assert speaker_of(text, "on the bus") is None


def test_she_means_a_woman_the_article_calls_she_not_a_man_named_before_her() -> None:
    text = ("\"My head was full of music,\" Dana Whitlock said.\n\n"
            "Like something out of a Tom Berring book (he wrote about such cases in his memoir), Whitlock "
            "was not thrilled. \"I could not focus,\" she said.\n\n"
            "Her son, filmmaker Leo Whitlock, remembers it well. His mother's calls were long. "
            "\"It was a trying time,\" he said.")
    assert speaker_of(text, "could not focus") == ("Dana Whitlock", True)
    assert speaker_of(text, "trying time") == ("Leo Whitlock", True)


def test_a_pronoun_never_means_a_possessive_or_an_unnamed_persons_description() -> None:
    text = ("\"The network is ready,\" said Jack Lane, director of games at the company.\n\n"
            "The key to Zorbit Pro's success, says Lane, is its network. \"We built it,\" he says.\n\n"
            "Erin Vance spoke to one mother, who knew her son was posing as a Go-Kart Track online. "
            "\"I am ahead of every other parent,\" she said.")
    assert speaker_of(text, "We built it") == ("Jack Lane", True)
    assert speaker_of(text, "ahead of every") is None


def test_a_title_of_a_body_and_an_unclosed_apposition_leave_the_person() -> None:
    text = ("\"Our plan is to be where players are,\" Sam Okafor, CEO of Blue-Nine Games, adds.\n\n"
            "\"The air improved slightly,\" Rita Menon, a research analyst at the Council on Energy, "
            "Environment and Water think tank told reporters.")
    assert speaker_of(text, "where players are") == ("Sam Okafor", True)
    assert speaker_of(text, "air improved") == ("Rita Menon", True)


def test_a_colon_after_a_speech_verb_or_a_subject_introduces_the_next_quotation() -> None:
    text = ("\"It is a different muscle,\" Kate Lyle said. \"You take yourself out of it.\" "
            "Ann Pryce agreed: \"It is a different job altogether.\"\n\n"
            "\"It grabbed me,\" he said. Nora Quinn, who phoned in from the set, had a similar experience: "
            "\"It was that immediate feeling of this is the song.\"")
    assert speaker_of(text, "take yourself out") == ("Kate Lyle", True)
    assert speaker_of(text, "different job") == ("Ann Pryce", True)
    assert speaker_of(text, "immediate feeling") == ("Nora Quinn", True)


def test_they_after_a_named_spokesperson_is_left_to_the_author_not_given_to_a_company() -> None:
    text = ("There are 140 million businesses across Zorbit’s platforms, according to the company.\n\n"
            "Kym Lane, a spokesperson for Zorbit, confirmed the notices. \"We use a model to find "
            "accounts that may benefit,\" they said in an email.")
    assert speaker_of(text, "We use a model") is None


def test_a_month_abbreviation_ends_no_sentence_and_every_apposition_is_stripped() -> None:
    text = ("Cmdr. Sean Rowe, a spokesperson for Inherent Resolve, the operation against the group in "
            "Iraq and Syria, told reporters on Nov. 20 that the claim was false and that \"the United "
            "States is not preventing people from leaving the camp.\"")
    assert speaker_of(text, "not preventing people") == ("Sean Rowe", True)


def test_he_after_a_sentence_that_names_the_last_speaker_late_is_that_speaker() -> None:
    text = ("Omar Rahimi, head of the guard, added, \"You will see the power of our answer.\"\n\n"
            "Saying that he wants \"to address the claims we have seen,\" spokesman Matt Mills said on "
            "Wednesday, \"We were not involved in any way.\"\n\n"
            "When asked why not, he responded, \"We have no information to believe that.\"")
    assert speaker_of(text, "no information") == ("Matt Mills", True)


def test_a_plural_possessive_or_a_title_holding_commas_in_an_apposition_leaves_the_person() -> None:
    text = ("\"The end of the year is a popular time to buy,\" Ana Ruiz, Carfacts' director of analysis, "
            "said in a statement.\n\n"
            "\"We have built the most direct path to the surface,\" Jo Hart, senior vice president for "
            "launch at Acme Defense, Space, and Security, said in that statement.")
    assert speaker_of(text, "popular time") == ("Ana Ruiz", True)
    assert speaker_of(text, "direct path") == ("Jo Hart", True)


def test_a_surname_ending_in_ly_is_a_name_not_an_adverb() -> None:
    text = ("Computers have seen impacts too, said Mary E. Lovely, an economist at Pell University.\n\n"
            "Prices went up. \"When inputs cost more, firms find it harder to compete,\" Lovely said.")
    assert speaker_of(text, "harder to compete") == ("Mary E. Lovely", True)


def test_a_body_named_for_a_field_of_several_words_is_named_whole() -> None:
    text = ("A study by the Centre for Applied Trade Research, a London-based think tank, concluded that "
            "\"the full cost of the tariff falls on domestic buyers, month after month.\"")
    assert speaker_of(text, "full cost") == ("Centre for Applied Trade Research", True)


def test_a_speech_verb_in_a_relative_clause_on_a_thing_is_not_its_owners() -> None:
    text = ("Ken Ito testified first.\n\n"
            "“The mission I flew did it all with one launch,” Tom Reyes, a member of the Apollo 10 crew, "
            "responded. He then referred to Ito’s earlier testimony that concluded there was only a 50 "
            "percent chance of success with the current approach. “I cannot disagree with it.”")
    assert speaker_of(text, "cannot disagree") == ("Tom Reyes", True)


def test_has_written_and_a_report_from_a_body_attribute_a_quotation() -> None:
    text = ("\"The duty is paid at the border by a domestic importer,\" Howard Bell, a senior fellow at the "
            "Tax Center, has written. \"The foreign government pays nothing.\"\n\n"
            "\"The market is pricing in a reasonable recovery in earnings,\" said a report from Hale Capital "
            "Research.")
    assert speaker_of(text, "pays nothing") == ("Howard Bell", True)
    assert speaker_of(text, "pricing in") == ("Hale Capital Research", True)


def test_he_continued_after_a_pull_quote_is_the_speaker_before_it() -> None:
    text = ("“Fewer launches mean a higher chance of success,” said Jon Hale, a former agency official.\n\n"
            "“If you don’t have a big booster, you’re not going to make it,” Ray Dunn said of the Moon.\n\n"
            "“The rocket is not being used for what it was designed to do,” he continued.\n\n"
            "Ray Dunn, earlier in the hearing, was adamant. “If you don’t have a big booster, you’re not "
            "going to make it,” he said.")
    assert speaker_of(text, "not being used") == ("Jon Hale", True)


def test_a_name_after_at_is_a_workplace_that_he_never_means() -> None:
    text = ("“We are ready,” said Tom Ruiz, who once worked at Orbex Defense.\n\n"
            "Ruiz’s clients include Orbex, and he has long held these views. “Launch is near,” he added.")
    assert speaker_of(text, "Launch is near") == ("Tom Ruiz", True)


def test_a_paragraph_opening_with_a_person_then_a_bare_quotation_is_that_persons() -> None:
    text = ("Sen. Rob Hale chairs the panel.\n\n"
            "Hale returned to the issue later in the hearing. “What launchers exist today that can reach the "
            "Moon by 2024?”\n\n"
            "The budget grew in May. “That will not be enough for a landing.”")
    assert speaker_of(text, "What launchers") == ("Rob Hale", True)
    assert speaker_of(text, "not be enough") is None


def test_the_company_said_is_the_body_a_sentence_before_was_about() -> None:
    text = ("Reports said the two firms had settled on Monday.\n\n"
            "Shortly after, Orla Film Productions denied that it had agreed to any arrangement.\n\n"
            "“At no time did we agree to a statement in partnership with the label,” the production company "
            "said in a statement.")
    assert speaker_of(text, "At no time") == ("Orla Film Productions", True)


def test_a_capitalised_pair_the_article_never_treats_as_a_person_takes_no_pronoun() -> None:
    text = ("“The frost came early,” said Tom Berger, a winemaker who has farmed here since 1990.\n\n"
            "Vines grow on every slope of the Moselle Valley, and most of the Riesling Cup winners grow "
            "them.\n\n"
            "“It is a difficult grape, but a rewarding one,” he says.")
    assert speaker_of(text, "difficult grape") == ("Tom Berger", True)


def test_his_in_an_opening_clause_points_ahead_to_the_sentences_subject() -> None:
    text = ("“It is an elegant grape,” Paul Ritter tells me at his cellar.\n\n"
            "Following the death of his father in May, Karl Weiss took over the family winery. Although he "
            "makes only one wine, he thinks it is the best.\n\n"
            "“It is a difficult grape,” he says.")
    assert speaker_of(text, "a difficult grape") == ("Karl Weiss", True)


def test_a_person_named_once_by_a_single_name_with_who_is_whom_he_means() -> None:
    text = ("“Save early,” said Grant Miller, a financial planner. The way to the end of work is to save and "
            "to cut the cost of living.\n\n"
            "Sam — who only goes by his first name online — retired at 51. He never earned a large salary, "
            "he wrote in a blog post.\n\n"
            "“Being free of debt helps,” he wrote.")
    assert speaker_of(text, "free of debt") == ("Sam", True)


def test_a_noun_a_place_qualifies_is_someone_described_not_the_place() -> None:
    text = ("I first heard of the grape in a shop of the city, and the owner of the shop had a bottle of "
            "it.\n\n"
            "“If the red is a gentleman, then the early one is a lady,” the Lisbon wine merchant said.")
    assert speaker_of(text, "a gentleman") == ("the Lisbon wine merchant", False)


def test_remembers_after_a_quotation_attributes_it_but_not_with_an_object() -> None:
    text = ("The first step was to move the herd of goats off the island and into the pens of the farm.\n\n"
            "“Those goats were so smart,” remembers Shanna Coller, the head of the programme, with a "
            "laugh.\n\n"
            "Her son, Tom Coller (“The Crossing,” “The Tide”), also remembers it as a hard time.")
    assert speaker_of(text, "so smart") == ("Shanna Coller", True)
    assert all("The Crossing" not in text[p.start:p.end] for q in find_quotations(text) for p in q.pieces)


def test_the_group_is_the_group_the_article_named_and_stating_attributes() -> None:
    text = ("More than a third of the staff of the firm will lose their jobs this week, according to a group "
            "of employees. The group, Fair Staff Coalition, formed in May and sent a letter to the board "
            "stating that they “do not want to be defined by the greed of the company’s leaders.”\n\n"
            "In a separate post, the group added that the firm “is not keeping its promise to its staff.”")
    assert speaker_of(text, "greed of the") == ("Fair Staff Coalition", True)
    assert speaker_of(text, "not keeping") == ("Fair Staff Coalition", True)


def test_the_benchmark_measures_a_set_kept_outside_the_repository(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("“We are ready,” said Jo Hart, the mayor.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("quotes:\n  - speaker: Jo Hart\n    pieces: [\"We are ready,\"]\n",
                                     encoding="utf-8")
    measure_folder(tmp_path, misses=False)
    row = next(line for line in capsys.readouterr().out.splitlines() if "quotation rules" in line)
    assert f"| {tmp_path.name} (1) |" in row and "100.0% (1/1)" in row
    with pytest.raises(SystemExit, match="no annotated articles"):
        measure_folder(tmp_path / "missing", misses=False)


def test_an_office_before_a_name_is_not_part_of_it() -> None:
    text = ("The county’s budget will be short by millions after the storm, officials said on Monday.\n\n"
            "“We cannot know yet how much the tolls will bring in,” said former county Treasurer Dana "
            "Whitfield, who now teaches at the college.")
    assert speaker_of(text, "tolls will") == ("Dana Whitfield", True)


def test_an_arabic_article_inside_a_name_keeps_the_name_whole_and_a_title_finds_it_again() -> None:
    text = ("The party’s deputy leader, Karim Nur el-Sayed, spoke after the vote.\n\n"
            "“The results speak for the people of every province,” said Karim Nur el-Sayed.\n\n"
            "A senior cleric, Hassan Omar al-Rashid, answered him the next day.\n\n"
            "“Nobody here asked for this fight,” Sheik Rashid said.")
    assert speaker_of(text, "every province") == ("Karim Nur el-Sayed", True)
    assert speaker_of(text, "Nobody here") == ("Hassan Omar al-Rashid", True)


def test_a_name_after_the_verb_with_no_comma_before_the_quotation_is_spoken_of_not_speaking() -> None:
    text = ("Marta Lind, who flew twice on the shuttle, died on Monday at the age of 61.\n\n"
            "The agency’s deputy head, Joan Pryor, said Lind “was a model to me and to thousands of "
            "engineers.”\n\n"
            "Tom Keel, who trained with her in 1982, remembered Lind in a statement as “a very private "
            "person with a very public job.”")
    assert speaker_of(text, "a model to me") == ("Joan Pryor", True)
    assert speaker_of(text, "very private") == ("Tom Keel", True)


def test_a_speech_verb_opening_the_sentence_attributes_to_the_name_after_it() -> None:
    text = ("The utility restored power to most homes by Friday, a day later than it had promised.\n\n"
            "Added Nora Quill, a spokeswoman for Bright Grid, “We counted every home that lost power, "
            "street by street.”")
    assert speaker_of(text, "every home") == ("Nora Quill", True)


def test_a_name_after_called_is_named_whole() -> None:
    text = ("The rumour spread quickly online in the week after the ruling.\n\n"
            "One post on a blog called American Pulse said, “Nobody should believe a word of this.”")
    assert speaker_of(text, "Nobody should") == ("American Pulse", True)


def test_a_body_named_for_two_places_is_named_whole() -> None:
    text = ("Ferries across the firth stopped on Tuesday as the gale reached the coast.\n\n"
            "“Every sailing after noon is cancelled until the wind drops,” the Harbour Board of Ayr and "
            "Troon said in a statement.")
    assert speaker_of(text, "Every sailing") == ("Harbour Board of Ayr and Troon", True)


def test_a_movement_is_a_body_so_he_is_the_person_named_beside_it() -> None:
    text = ("Last spring, the spokesman for the Green Dawn Movement, Omar Haddad, said the old statues "
            "were a question for scholars, and he offered a way out. “I will ask for something that "
            "respects both faith and history,” he said on a radio show.")
    assert speaker_of(text, "respects both") == ("Omar Haddad", True)


def test_describes_as_gives_the_quotation_to_the_subject() -> None:
    text = ("The studio’s second game comes out in the spring, two years after its first.\n\n"
            "Tarn describes Harbour Lights as \"a slower, kinder sort of city builder.\" It has a map "
            "editor too.")
    assert speaker_of(text, "kinder sort") == ("Tarn", True)


def test_an_acronym_spelled_by_a_body_the_article_names_is_that_body() -> None:
    text = ("In a setback to Raj Kumar, the Water Tribunal on Tuesday rejected his plea. The WT, while "
            "rejecting his petition, said, \"The Tribunal takes serious exception to these allegations.\"")
    assert speaker_of(text, "serious exception") == ("Water Tribunal", True)


def test_a_title_of_several_words_before_a_name_is_not_part_of_it() -> None:
    text = ("The paper has changed how it covers elections since 2008.\n\n"
            "Digital Content Editor Ann Gale said that since then, the staff have used social media. "
            "\"It got us thinking about engaging people,\" Gale said.")
    assert speaker_of(text, "It got us") == ("Ann Gale", True)


def test_a_title_after_a_bodys_short_name_or_a_local_title_is_not_part_of_the_name() -> None:
    """'Fed Chair Ann Gale', 'said Supervisor Al Reyes': the person is Ann Gale, Al Reyes."""
    text = ("Rates rise\n\nAt a news conference, Fed Chair Ann Gale said the outlook was bright.\n\n"
            "\"All the participants recognize that there is uncertainty,\" Gale said.\n\n"
            "\"I didn't believe that we would get here,\" said Supervisor Al Reyes of Napa County.")
    assert speaker_of(text, "All the participants") == ("Ann Gale", True)
    assert speaker_of(text, "we would get here") == ("Al Reyes", True)


def test_a_weekday_after_the_verb_does_not_hide_the_name_and_apposition_before_it() -> None:
    """'"…," Gen. Omar Adli, the rebels' top military official, said Tuesday.': Omar Adli."""
    text = ("Rebels\n\nRebel leaders have criticized the mission.\n\n"
            "\"I am sorry to say this, but NATO truly disappointed us,\" Gen. Omar Adli, the rebels' top "
            "military official, said Tuesday. \"Civilians are being killed every day.\"")
    assert speaker_of(text, "NATO truly") == ("Omar Adli", True)


def test_another_opening_a_sentence_is_someone_unnamed_not_a_name() -> None:
    """'Another brandished a bayonet and said: "…"': a second fighter, no one called Another."""
    text = ("Rebels\n\nThe town fell on Friday night after a fierce battle.\n\n"
            "\"We will go on to the capital tonight,\" one of the fighters yelled.\n\n"
            "Another brandished a bayonet and said: \"I need to see him gone! Gone, I need!\"")
    found = speaker_of(text, "I need to see")
    assert found is None or found[1] is False


def test_a_relative_or_neighbour_described_by_someone_elses_name_is_not_that_person() -> None:
    """'said Vera’s neighbor, Ben Kade,' is Ben Kade; 'one of baby Tom’s uncles said' is an unnamed uncle."""
    text = ("Deaths\n\nIn each case, a parent is now in jail, facing charges over the deaths of their "
            "babies.\n\n"
            "“Everyone is grieving,” one of baby Tom’s uncles said Wednesday, a day after the toddler’s "
            "mother, Ana Vera, was arrested.\n\nThe drug leaves everyone at its mercy.\n\n"
            "“I know the parent wouldn’t mean for it to happen,” said Vera’s neighbor, Ben Kade, who said he "
            "overcame a drug addiction of his own years ago.")
    assert speaker_of(text, "Everyone is grieving") == ("one of baby Tom’s uncles", False)
    assert speaker_of(text, "I know the parent") == ("Ben Kade", True)


def test_a_korean_family_name_comes_first_and_names_the_person_alone_later() -> None:
    """'President Moon Jae Hyun', then 'Moon apologized' and '“…,” Moon continued': Moon Jae Hyun."""
    text = ("Vote fails\n\nSEOUL — A plan to impeach South Korean President Moon Jae Hyun over his "
            "declaration has failed. Protesters marched to Moon’s office.\n\n"
            "Earlier Saturday, Moon apologized for his actions in a brief address.\n\n"
            "“I will not evade the legal and political responsibility,” Moon continued.")
    assert speaker_of(text, "I will not evade") == ("Moon Jae Hyun", True)


def test_a_two_word_place_the_article_puts_after_prepositions_is_not_a_speaker() -> None:
    """'the port of Ras Tamar', 'near Ras Tamar', '… said another rebel at Ras Tamar, Omar Saleh,': Omar
    Saleh, not the town."""
    text = ("Rebels advance\n\nThe rebels took the oil port of Ras Tamar on Friday night. Witnesses said "
            "Ras Tamar, on the coast, was quiet.\n\nA jet crashed near Ras Tamar on Saturday.\n\n"
            "\"They just follow orders. After a little fighting, they run away,\" said another rebel at Ras "
            "Tamar, Omar Saleh, an army veteran.\n\nThe road from Ras Tamar was closed.")
    assert speaker_of(text, "They just follow orders") == ("Omar Saleh", True)


def test_dismissing_or_branding_something_as_quoted_words_attributes_them() -> None:
    """'Robinson dismissed the march as "…"': Robinson's words, as a verb of saying would give them."""
    text = ("March\n\n\"We came here knowing we would be excluded,\" said Ann Robinson, an organizer.\n\n"
            "Robinson dismissed the march as \"an event and not a representation of the movement\" and "
            "chided national leaders.")
    assert speaker_of(text, "an event and not") == ("Ann Robinson", True)


def test_an_english_surname_that_a_french_word_spells_is_still_the_person() -> None:
    """'Forte said' after 'Tom Forte, a managing director …': Tom Forte ('Forte' opens French sentences)."""
    text = ("Analysts\n\nThe combination has been steady, said Tom Forte, a managing director at the "
            "brokerage.\n\n“Do they take the profit from their non-retail efforts?” Forte said.")
    assert speaker_of(text, "Do they take") == ("Tom Forte", True)


def test_two_capitals_before_a_surname_are_a_first_names_initials() -> None:
    """'… clear of DJ Harlan', then 'Harlan was still surprised …. "…," he said': DJ Harlan, not the golfer
    quoted before."""
    text = ("Golf\n\nRobert Gamez finished one stroke clear of DJ Harlan and Justin Leonard.\n\n"
            "\"They were out there for the taking,\" Robert Gamez said.\n\n"
            "Despite carding a 68, Harlan was still surprised to finish the day in second.\n\n"
            "\"You come here and expect to shoot six or seven under,\" he said.")
    assert speaker_of(text, "You come here") == ("DJ Harlan", True)


def test_a_company_named_foods_or_motors_is_an_organisation_not_a_person() -> None:
    """'"…," Acme Foods said': a company, so 'he' never means it later."""
    for company in ("Acme Foods", "Acme Motors", "Acme Holdings", "Acme Finance"):
        quotations = find_quotations(f'"We lowered prices," {company} said.')
        assert [(q.speaker.name, q.speaker.kind) for q in quotations if q.speaker] \
            == [(company, "organization")]


def test_a_common_word_opening_a_sentence_is_no_company_for_the_company_to_mean() -> None:
    """'Acme Foods has cut prices. New signs appeared …. the company claims … "…"': Acme Foods, not 'New'."""
    text = ("Prices\n\nAcme Foods has cut prices on hundreds of items, and new stores are planned.\n\n"
            "New signs appeared this month in every store.\n\nAt the same time, the company claims its "
            "new prices have saved customers \"hundreds of millions of dollars\" since the deal.")
    assert speaker_of(text, "hundreds of millions") == ("Acme Foods", True)


def test_he_after_a_sentence_about_an_unnamed_role_is_not_a_name_from_further_back() -> None:
    text = ("Her skin stayed bad.\n\n"
            "In the summer of 2008, she read The Skin Cure (2003) by Nathan Pell. The book says to eat "
            "salmon. She went with her mom to a dermatologist. The doctor was reassuring. \"This happens "
            "sometimes,\" he said, giving her hope.")
    assert speaker_of(text, "This happens") == ("The doctor", False)  # not the book, nor its author


def test_someone_says_is_an_unnamed_speaker_not_the_forum_named_before() -> None:
    text = ("Cutting out foods one by one is sometimes recommended.\n\n"
            "In this Paleoforum discussion about acne, someone says \"I would try the supplements first for "
            "a week or two.\"")
    assert speaker_of(text, "I would try")[1] is False


def test_one_of_a_kind_of_people_is_an_unnamed_speaker() -> None:
    text = ("The field operation seemed built on a house of cards, and Tom Reyes knew it.\n\n"
            "\"Their deal was much more real than I expected,\" one top Republican with close ties to the "
            "Reyes campaign said of the other side.")
    assert speaker_of(text, "Their deal")[1] is False


def test_he_in_a_sentence_about_an_unnamed_friend_is_not_the_writer_named_before() -> None:
    text = ("Perry Lind, a scholar of elite politics, wrote about the trial last week.\n\n"
            "When I discussed it with a friend who monitors the party closely, he said, \"Bo could end up "
            "with a long sentence.\"")
    assert speaker_of(text, "Bo could") != ("Perry Lind", True)


def test_he_after_the_title_that_opens_the_sentence_before_is_who_holds_it() -> None:
    text = ("In a setback to Janata Party leader Sam Rao, the court rejected his plea on Tuesday.\n\n"
            "The Janata Party leader said Young Bharat filed statements with the registrar. \"This is in "
            "violation of law,\" he said.")
    assert speaker_of(text, "This is in violation") == ("Sam Rao", True)


def test_a_person_of_a_body_after_an_honorific_is_that_person() -> None:
    text = ("\"We can end this epidemic,\" said the top malaria researcher, Dr. Helen Okafor of the "
            "Lagos Institute of Tropical Medicine.\n\n"
            "\"It will take a decade,\" Okafor told the meeting.")
    assert speaker_of(text, "We can end") == ("Helen Okafor", True)
    assert speaker_of(text, "It will take") == ("Helen Okafor", True)


def test_a_run_of_initials_is_no_one() -> None:
    text = ("\"The vaccine works,\" declared the leading U.S. CDC scientist, Maria Duval, on Monday.")
    assert speaker_of(text, "The vaccine works") == ("Maria Duval", True)


def test_he_skips_a_credit_line_between_the_sentence_and_the_quotation() -> None:
    text = ("In a statement, Governor Paul Adams said he was \"deeply moved\" by the rescue.\n\n"
            "“Start Quote\n\nTheir courage will always be remembered”\n\n"
            "End Quote Lena Ortiz Fema administrator\n\n"
            "\"The crews showed what this county is made of,\" he said in a statement.\n\n"
            "He joined Fema in 1990.\n\n"
            "\"They never gave up on anyone,\" Fema administrator Lena Ortiz said in a statement. \"Their "
            "courage will always be remembered.\"")
    assert speaker_of(text, "The crews showed") == ("Paul Adams", True)


def test_a_sentence_opening_with_a_person_and_an_aside_gives_the_quotation_after_it() -> None:
    text = ("The talks ended late in the night, and the count was not over by the morning. It was the "
            "longest and the most expensive race in the history of the state.\n\n"
            "Dana Whitfield, conceding after a long count on both sides, made a similar appeal in her "
            "speech. "
            "\"We have to work together now, whatever the result.\"")
    assert speaker_of(text, "We have to work") == ("Dana Whitfield", True)


def test_a_day_after_a_name_is_no_part_of_it() -> None:
    text = ("The talks ended late.\n\n"
            "Party strategist Omar Keene, a radio commentator, backed that view on WKRN Tuesday evening. "
            "\"This result frees both sides to make a deal.\"")
    assert speaker_of(text, "This result frees") == ("Omar Keene", True)


def test_the_contractor_is_the_body_the_article_called_so_and_the_firm_goes_on_speaking() -> None:
    text = ("The council hired cleaning contractor Brightway to run the depots, a move some members "
            "opposed.\n\n"
            "Councillor Ann Dole said the depots were still dirty.\n\n"
            "The cleaning contractor said in a statement it \"has hired forty more staff this month\" "
            "for the depots.\n\n"
            "\"We are confident that every depot will meet the standard by the spring,\" the firm said.")
    assert speaker_of(text, "has hired forty") == ("Brightway", True)
    assert speaker_of(text, "We are confident") == ("Brightway", True)


def test_a_name_followed_by_his_wife_is_a_person_a_pronoun_can_mean() -> None:
    text = ("But Grant hedged slightly, saying that \"it will depend on whether the voters turn out.\"\n\n"
            "Like the town itself, Liam Dorsey and his wife, Ruth Ann, a Camden couple, split their vote. "
            "Both are 41 years old. He went for Grant. She supported Ellis.\n\n"
            "\"We still get along fine,\" he said.")
    assert speaker_of(text, "We still get along") == ("Liam Dorsey", True)


def test_a_name_before_a_noun_and_a_person_only_qualifies_who_speaks() -> None:
    text = ("The count went on through the night in Senator Mark Grant's home state.\n\n"
            "\"It is about what happens if the wrong person leads us,\" said Grant supporter Nora Beale, "
            "38, after voting in Dayton.")
    assert speaker_of(text, "It is about what") == ("Nora Beale", True)


def test_a_paper_that_reports_is_the_speaker_and_critical_reports_are_not_a_verb() -> None:
    text = ("The trial lasted one day. Moreover, the Daily Herald reports that Lin \"admitted to fraud as "
            "well as bribery\" but was only charged with fraud.\n\n"
            "The city’s Office of the Inspector General released two highly critical reports that depicted "
            "\"delays, cost increases and waste\" in the project.")
    assert speaker_of(text, "admitted to fraud") == ("Daily Herald", True)
    assert speaker_of(text, "delays, cost increases") in (None, ("Office of the Inspector General", True))


def test_it_is_the_body_the_sentence_before_says_did_something() -> None:
    text = ("Spending rose again last year.\n\n"
            "In a report from Ohio earlier this year the Dayton Times examined the number of families who "
            "rely on aid and oppose more spending. \"Many families say they feel the money is wasted,\" it "
            "concluded.")
    assert speaker_of(text, "Many families say") == ("Dayton Times", True)


def test_a_described_person_who_added_is_who_spoke_last() -> None:
    text = ("Her former husband Tom Beck said in a statement: \"She was a very private person.\"\n\n"
            "The former pilot, who was married to Lund from 1990 until 1995, added: \"I was proud to be a "
            "part of her life.\"")
    assert speaker_of(text, "I was proud") == ("Tom Beck", True)


def test_a_sentence_opening_with_of_names_no_one() -> None:
    text = ("The county has lost half its jobs since the mill closed.\n\n"
            "\"More people come here every month,\" Tom Reed, who runs the food bank, told me last year. "
            "\"The bottom has just fallen out of it all. But I do know a lot of people are hurting.\" Of the "
            "10 states with the lowest median household income 9 backed John Hale. (The one exception is "
            "Utah which Ross won in 2004).")
    assert speaker_of(text, "The bottom has") == ("Tom Reed", True)


def test_countered_attributes_the_words_before_it() -> None:
    text = ("Supporters of the ferries rallied on Sunday.\n\n"
            "\"The ferries are turning the bay into a theme park,\" countered Paolo Neri, spokesman for the "
            "harbour committee.")
    assert speaker_of(text, "The ferries are turning") == ("Paolo Neri", True)



def test_the_report_is_the_body_the_article_says_wrote_it() -> None:
    text = ("The talks have stalled, according to the report, by the Harbour Policy Institute, a research "
            "group.\n\n"
            "\"None of the trends point the right way, and a deal is further off,\" said the report.")
    assert speaker_of(text, "None of the trends") == ("Harbour Policy Institute", True)


def test_a_pronoun_after_reported_speech_does_not_give_the_speaker_its_gender() -> None:
    text = ("Some observers wondered if Dale Price was faking it.\n\n"
            "\"There are two possibilities,\" Nora Ellis, a former police psychologist, told the station "
            "today.\n\n"
            "But Ellis also said there was a third possibility. He might simply be tired.\n\n"
            "\"It's possible,\" she said when asked if it was all an act.")
    assert speaker_of(text, "It's possible") == ("Nora Ellis", True)


def test_a_participle_with_that_after_the_words_goes_on_with_the_sentences_subject() -> None:
    text = ("A court in Hamburg extended the ban on the smaller phone on Friday.\n\n"
            "Lumina said it \"is pleased with a ruling that confirms our phones are our own design,\" adding "
            "that Orchard's \"broad patents\" could hold back every maker of phones.")
    assert speaker_of(text, "is pleased with a ruling") == ("Lumina", True)


def test_a_person_named_by_one_name_who_says_he_is_a_person() -> None:
    text = ("Dr. Ana Vidal has run the clinic in Split for twenty years.\n\n"
            "Asking that his surname not be printed, Marko said he had waited six years for the operation. "
            "When he was 20, he said, he told his parents.\n\n"
            "\"I waited too long, and coming here was easier for me,\" he said after the surgery.")
    assert speaker_of(text, "I waited too long") == ("Marko", True)


def test_a_phrase_setting_the_scene_before_the_subject_names_no_speaker() -> None:
    text = ("Senator Clara Hume, a Democrat from Ohio, is said to be on the shortlist.\n\n"
            "In June, at a Harbour Club lunch, Hume also seemed to rule herself out, saying at the time, "
            "\"I am better suited to the Senate.\"\n\n"
            "Moments later, the senator used the same words, telling a reporter, \"I will stay where I am.\"")
    assert speaker_of(text, "I am better suited") == ("Clara Hume", True)
    assert speaker_of(text, "I will stay where") == ("Clara Hume", True)


def test_a_number_word_opens_no_name() -> None:
    text = ("Mr. Tom Field, 59 years old, found two small gyms at the agency's headquarters. One gym is so "
            "small it holds no bags.\n\n"
            "One NSA facility, the size of a flat, holds two treadmills.\n\n"
            "One official couldn't help but joke about the features a new NSA gym would need: \"A locker for "
            "you, and one for your cover name.\"")
    # an unnamed official: left for the author, never a person called 'One NSA'
    assert speaker_of(text, "A locker for you") in (None, ("One official", False))


def test_the_role_named_in_the_same_paragraph_is_that_person_not_the_description_before() -> None:
    text = ("A federal trial judge in Boston barred Dan Legg from using a computer.\n\n"
            "The judge, Mara Quinn, said in court that Legg \"shall not use a computer without approval.\" "
            "The judge said \"this is not a total ban, but you do need to talk to probation first.\"\n\n"
            "The court hears the appeal in May. (The judge called it \"not very simple at all.\")")
    assert speaker_of(text, "this is not a total ban") == ("Mara Quinn", True)


def test_a_body_after_at_the_is_where_papers_were_filed_not_who_speaks() -> None:
    text = ("The singer Lena Ward is suing the theatre over a stage accident.\n\n"
            "According to papers filed at the Crown Court, the singer suffered \"lasting damage to her "
            "hearing in the left ear\" after the blast.")
    assert speaker_of(text, "lasting damage to her") != ("Crown Court", True)


def test_he_after_reported_speech_of_a_role_is_the_person_holding_it() -> None:
    text = ("All Elders oppose the new road, and most families walk.\n\n"
            "Fees range from a dollar to four, according to principal Omar Saleh.\n\n"
            "\"Parents are glad their children learn,\" Saleh said.\n\n"
            "When the roads closed, the local Elders set up a council to keep the school open, the "
            "principal said.\n\n"
            "\"They tell the teachers to come to work,\" he said.")
    assert speaker_of(text, "They tell the teachers") == ("Omar Saleh", True)


def test_one_name_that_claimed_that_he_is_a_person() -> None:
    text = ("The boys at Hillside fill its classrooms six days a week.\n\n"
            "Another Hillside pupil, Tomas Berg, wants to be a pilot.\n\n"
            "Ravi, a second grader at Hillside, boasted that he is not afraid of storms. But, he added "
            "later, \"When the thunder comes at night, then I feel scared.\"")
    assert speaker_of(text, "When the thunder comes") == ("Ravi", True)


def test_it_after_the_report_said_is_the_body_that_wrote_the_report() -> None:
    text = ("The fishing grounds are shrinking, according to the report, by the Harbour Policy Institute, a "
            "research group.\n\n"
            "But Norway's approach has been matched by Iceland and Denmark, which defend their claims, the "
            "report said.\n\n"
            "\"Every claimant wants the fish in the waters it claims, and the stocks are falling,\" it said.")
    assert speaker_of(text, "Every claimant wants") == ("Harbour Policy Institute", True)


def test_a_surname_is_its_persons_not_the_first_word_of_a_headline() -> None:
    text = ("Reed Takes 400 Meters Gold\n\n"
            "Anna Reed did not let anyone spoil her evening.\n\n"
            "\"I told my coach the 400 would be different,\" Reed said.")
    assert speaker_of(text, "I told my coach") == ("Anna Reed", True)


def test_a_military_rank_is_a_title_not_part_of_the_name() -> None:
    text = ("The ray was tested for years but never used, said Commander Lena Ortiz, who ran it.\n\n"
            "\"We never wanted to use a device like that in a war,\" Ortiz said.")
    assert speaker_of(text, "We never wanted") == ("Lena Ortiz", True)


def test_she_after_a_young_woman_says_is_that_unnamed_woman() -> None:
    text = ("Storm Ada flooded the camp on Monday, and aid workers filmed what it left.\n\n"
            "A young woman says she no longer has a dry place to sleep. \"I could not sleep last night and I "
            "cried,\" she says.")
    assert speaker_of(text, "I could not sleep") == ("A young woman", False)


def test_miss_is_an_honorific_not_a_first_name() -> None:
    text = ("Helena Marsh, a cook and writer, says her father never praised her.\n\n"
            "\"I never thought I could please him,\" Miss Marsh said.")
    assert speaker_of(text, "I never thought") == ("Helena Marsh", True)


def test_she_does_not_mean_a_place_the_sentence_before_names() -> None:
    text = ("Voters in South Dakota turned out early on Tuesday.\n\n"
            "Those who came to Dakota in the past years leaned Democratic, like Rosa Vidal, 52, who voted "
            "for the first time.\n\n"
            "\"I came to vote for the schools,\" she said.")
    assert speaker_of(text, "I came to vote") == ("Rosa Vidal", True)


def test_a_region_and_its_adjective_are_no_person() -> None:
    """'advises East African governments', then 'his African heritage … he said': not 'East African'."""
    text = ("Ashok Mehta, a banker, runs a small fund in Kampala and advises East African governments on "
            "start-ups.\n\nHe is proud of his African heritage. \"We have a fire in our belly to "
            "succeed,\" he said.")
    assert speaker_of(text, "We have a fire") != ("East African", True)


def test_he_after_an_opening_participle_is_not_whom_it_names() -> None:
    """'Speaking to a radio station about his teammates Oscar and Hazard, he said:' is not Hazard's."""
    text = ("Juan Mata has revealed he is enjoying playing alongside Oscar and Eden Hazard in Chelsea's "
            "attacking style.\n\nMata was recently named player of the month, and he is relishing the "
            "freedom given to him.\n\nSpeaking to a radio station about his new teammates Oscar and Hazard, "
            "he said: \"We practise together and we all love to play with the ball.\"")
    assert speaker_of(text, "We practise together") == ("Juan Mata", True)


def test_a_role_that_owns_an_office_does_not_speak() -> None:
    """'Eric Poklar of the Governor's Office told reporters, "…"': Poklar, not the governor."""
    text = ("Governor John Kasich has not decided on the exchange.\n\n"
            "Asked about the costs, Eric Poklar of the Governor’s Office of Health Transformation told "
            "reporters on Monday, \"at this point we’re trying to determine how the state will pay.\"")
    assert speaker_of(text, "at this point") == ("Eric Poklar", True)


def test_a_name_before_from_and_a_body_is_the_speaker_not_a_modifier() -> None:
    """'says Dana Ruiz from Nasa Ames in Silicon Valley': Ruiz, not the place after her."""
    text = ("Landing a heavy rover on another planet is hard, engineers say.\n\n"
            "\"When you have a big vehicle, it’s actually very difficult to slow down,\" says Dana Ruiz "
            "from Nasa Ames in Silicon Valley, California.")
    assert speaker_of(text, "When you have a big vehicle") == ("Dana Ruiz", True)


def test_a_body_whose_name_ends_in_s_keeps_it() -> None:
    """'Garlow’s downgraded …', '“…,” Garlow’s added': the agency is Garlow’s, not a Mr Garlow."""
    text = ("Acme's shares fell on Friday after Garlow's downgraded its debt rating to one notch above "
            "junk.\n\n"
            "\"The earnings from these products are now expected to decline more rapidly,\" Garlow’s added.")
    assert speaker_of(text, "The earnings from these") == ("Garlow’s", True)


def test_anonymous_of_a_place_is_someone_unnamed_who_goes_on() -> None:
    """'wrote Anonymous of Brisbane': neither Brisbane nor the commenter quoted before."""
    text = ("Readers were divided.\n\n"
            "\"Good grief, this is not natural at all,\" wrote Jo Pym of Perth.\n\n"
            "\"I think it's beautiful,\" wrote Anonymous of Brisbane. \"I fed my boy until almost three "
            "and he is as healthy as any other child.\"")
    assert speaker_of(text, "I think it's beautiful") == ("Anonymous of Brisbane", False)
    assert speakers(text)[1][1] == ["I think it's beautiful,", "I fed my boy until almost three and he is "
                                    "as healthy as any other child."]


def test_a_surname_particle_capitalised_at_a_sentence_start_is_the_same_person() -> None:
    """'Maha al Musa …. Al Musa has posed …': one person, not a second one called 'Al Musa'."""
    text = ("BYRON Bay mother Rana al Haddad has posed for a magazine cover.\n\n"
            "Al Haddad has boldly posed feeding her daughter. \"It’s OK to follow your instincts,\" she "
            "said.")
    assert speaker_of(text, "It’s OK to follow") == ("Rana al Haddad", True)


def test_a_peer_named_by_title_alone_keeps_the_title() -> None:
    """'Lord Ashby, who had been party treasurer, said …': Lord Ashby, as the article names him."""
    text = ("The party kept the donations for years.\n\n"
            "Later that week Lord Ashby, who had been party treasurer at the time, broke ranks, saying it "
            "\"shames the party if they hang on to it.\"")
    assert speaker_of(text, "shames the party") == ("Lord Ashby", True)


def test_the_sentence_after_words_ending_in_a_full_stop_reports_someone_else() -> None:
    """'X said he …. “… my passwords.” Y said he did not trust …': X's words, not Y's."""
    text = ("Security experts Ann Grove and Paul Kocher keep their passwords offline.\n\n"
            "Mr. Kocher said he did not use the software because it still lived on the computer itself. "
            "\"If someone steals my computer, I’ve lost my passwords.\" Ms. Grove said she did not trust "
            "the software because she didn’t write it.")
    assert speaker_of(text, "If someone steals") == ("Paul Kocher", True)


def test_a_leader_named_by_title_alone_keeps_the_title() -> None:
    """'President Harlan ended his trip …. “…,” Harlan said': President Harlan, as the article names him."""
    text = ("President Harlan ended his trip to the region on Sunday.\n\n"
            "\"When I say I'm optimistic we can get a deal done, I mean it,\" Harlan said.")
    assert speaker_of(text, "When I say") == ("President Harlan", True)


def test_her_after_a_verb_of_saying_does_not_make_the_speaker_a_woman() -> None:
    """'Hoffman said her death was a loss. "…," he said': Hoffman is not made a woman by 'her'."""
    text = ("Mourners signed a book beside a picture of the late leader, which she had given to Barry "
            "Hoffman and Rana Malik.\n\n"
            "\"It's just the way of our culture,\" Malik said.\n\n"
            "Hoffman said her death, apart from its political side, was a personal loss.\n\n"
            "\"She had that special magic,\" he said.")
    assert speaker_of(text, "She had that special magic") == ("Barry Hoffman", True)


def test_his_after_a_brother_does_not_make_the_speaker_a_man() -> None:
    """'said Rana Kirmani, whose brother had to leave his car': 'his' is the brother's, not hers."""
    text = ("\"They are all so scared,\" said Rana Kirmani, a 60-year-old whose brother had to leave his car "
            "and walk home.\n\n"
            "Kirmani wore a shawl that Leila Bhatt had given her in 1969, when Bhatt was a student.\n\n"
            "\"I have felt so bad about what happened,\" she said.")
    assert speaker_of(text, "I have felt so bad") == ("Rana Kirmani", True)


def test_an_abbreviated_police_rank_ends_no_sentence() -> None:
    """'said Const. Mig Roberts': the rank's full stop is no sentence's end, so the speaker is Roberts."""
    text = ("Police will patrol the back roads this weekend.\n\n"
            "\"We're going to be city-wide, not just on the highways,\" said Const. Mig Roberts, with the "
            "traffic services unit.")
    assert speaker_of(text, "We're going to be city-wide") == ("Mig Roberts", True)


def test_a_rank_and_a_surname_of_a_body_keep_the_rank() -> None:
    """'Sgt. Tyus of the APD SVU said': Sgt. Tyus, as the article names him, not the unit."""
    text = ("The complaint was filed in September, but no one has been charged.\n\n"
            "\"It's still in the preliminary stages,\" Sgt. Tyus of the APD SVU said.")
    assert speaker_of(text, "It's still in the preliminary") == ("Sgt. Tyus", True)


def test_an_adverb_opening_a_sentence_is_no_first_name() -> None:
    """'Sometimes Simon's criticisms make him cringe': Simon Cowell, not a person 'Sometimes Simon'."""
    text = ("Simon Cowell, the show's judge, is back for a seventh season.\n\n"
            "Sometimes Simon's acerbic criticisms make him cringe in retrospect.\n\n"
            "\"You watch the show back and you hate yourself for what you said,\" Simon said.")
    assert speaker_of(text, "You watch the show") == ("Simon Cowell", True)


def test_a_known_name_run_into_another_is_cut_from_it() -> None:
    """'Captain of the Steve Irwin Paul Watson denied …': the ship, then its captain Paul Watson."""
    text = ("The activists returned to their ship, The Steve Irwin.\n\n"
            "Captain of the Steve Irwin Paul Watson denied any attack. \"We are down here to stop whaling,\" "
            "Watson said.")
    assert speaker_of(text, "We are down here") == ("Paul Watson", True)


def test_a_sentence_about_him_then_unattributed_words_are_his() -> None:
    """'He also offered no excuses for Taylor Hicks. "…"': the words of whom 'he' means, not of Hicks."""
    text = ("Simon Cowell, the show's judge, expects a terrific season.\n\n"
            "He also offered no excuses for Taylor Hicks, the 2005 winner, losing his contract. "
            "\"I always said Taylor was not the best singer. He was the most popular person.\"")
    assert speaker_of(text, "I always said Taylor") == ("Simon Cowell", True)


def test_he_after_a_possessive_opening_means_its_owner() -> None:
    """'Simon's enthusiasm derives from what he saw. "…," he said': he is Simon, not a man named before."""
    text = ("Simon Cowell, the show's judge, is back for a seventh season.\n\n"
            "Chris Daughtry, who finished fourth behind Hicks, sold 2.5 million copies of his album "
            "in 2007.\n\n"
            "Simon's enthusiasm for the new season derives from what he saw during the auditions. "
            "\"The singers are younger and more interesting as people,\" he said.")
    assert speaker_of(text, "The singers are younger") == ("Simon Cowell", True)


def test_a_verb_of_saying_with_in_is_no_place() -> None:
    """'"Maybe razor," chimed in Ovechkin': 'in' is the verb's, so Ovechkin is a person he can mean."""
    text = ("Alex Ovechkin signed the deal with owner Ted Leonsis on Thursday.\n\n"
            "\"A front tooth,\" added Leonsis, noting the gap in Ovechkin's smile.\n\n"
            "\"Maybe razor,\" chimed in Ovechkin, who arrived unshaved.\n\n"
            "At least he was wearing a suit, a change from his usual outfits.\n\n"
            "\"Well,\" he said, \"I'm still looking good.\"")
    assert speaker_of(text, "I'm still looking good") == ("Alex Ovechkin", True)


def test_more_verbs_of_saying_attribute() -> None:
    """'Patel opined', 'he pointed out': verbs of saying like 'said'."""
    text = ("Dipak Patel and Simon Doull spoke to reporters on Monday.\n\n"
            "\"What happens on the park should stay on the park,\" Patel opined.\n\n"
            "\"There are double standards at the moment,\" Doull pointed out.")
    assert speaker_of(text, "What happens on the park") == ("Dipak Patel", True)
    assert speaker_of(text, "There are double standards") == ("Simon Doull", True)


def test_it_after_a_body_and_its_relative_clause_is_the_body() -> None:
    """'the Commission, which regulates …, issued a statement …. Critically, it said that it doesn't
    have "…"': it is the Commission, not Britain named a sentence before."""
    text = ("Officials in Britain have made no changes to the laws on online ads.\n\n"
            "The Electoral Commission, which regulates campaign finances, issued a statement on Monday. "
            "Critically, however, it said that it doesn't have \"a role in regulating election "
            "campaign content.\"")
    assert speaker_of(text, "a role in regulating") == ("Electoral Commission", True)


def test_a_spokesperson_for_a_body_of_several_words_stays_unnamed() -> None:
    """'A spokesperson for the British Foreign Office reiterated …': someone unnamed, not 'Office'."""
    text = ("The United States changed its policy on Monday.\n\n"
            "A spokesperson for the British Foreign Office reiterated the UK's position that settlements "
            "\"are illegal under international law and an obstacle to peace\".")
    assert speaker_of(text, "are illegal under")[1] is False


def test_a_name_ending_in_s_with_its_possessive_apostrophe_is_a_person() -> None:
    """'Defence Secretary Robert Gates' comments', later 'Gates tried … He said … "…"': Robert Gates."""
    text = ("The hard feelings generated by U.S. Defence Secretary Robert Gates' comments will pass, Stephen "
            "Harper, the prime minister, said on Thursday.\n\n"
            "In a televised briefing, Gates tried to smooth things over by giving qualified praise to NATO. "
            "He said Britain and Canada have \"stepped up to the plate\" in the Afghan conflict.")
    assert speaker_of(text, "stepped up to the plate") == ("Robert Gates", True)


def test_a_surname_that_is_also_a_title_stays_in_the_name() -> None:
    """'Charles King, principal analyst at Pund-IT, said': Charles King, not 'Charles'."""
    text = ("Small businesses are buying storage.\n\n\"It is relevant for certain kinds of data-intensive "
            "small businesses,\" Charles King, principal analyst at Pund-IT, said.")
    assert speaker_of(text, "It is relevant") == ("Charles King", True)


def test_a_plural_noun_opening_a_sentence_is_no_first_name() -> None:
    """'Politicians Clara Rojas and Consuelo Gonzalez were freed': Clara Rojas, not 'Politicians Clara …'."""
    text = ("Politicians Clara Rojas and Consuelo Gonzalez were freed on Thursday after six years.\n\n"
            "\"We got lost,\" Rojas said.")
    assert speaker_of(text, "We got lost") == ("Clara Rojas", True)


def test_a_body_whose_name_opens_with_a_possessive_keeps_it() -> None:
    """'Children's Hospital Boston said in a statement': the hospital, not 'Hospital Boston'."""
    text = ("The boy underwent surgery on Wednesday.\n\nLate in the afternoon, Children's Hospital Boston "
            "said in a statement the \"procedure was a success and that he is in good condition.\"")
    assert speaker_of(text, "procedure was a success") == ("Children's Hospital Boston", True)


def test_a_headline_with_a_possessive_inside_is_no_persons_name() -> None:
    """'Murder Victim's Mother Assails Huckabee' above the story: later 'Huckabee' is Mike Huckabee."""
    text = ("Murder Victim's Mother Assails Huckabee\n\nThe mother of a murdered woman criticised Mike "
            "Huckabee, the former governor, on Wednesday.\n\nHuckabee wrote a letter saying \"my desire is "
            "that you be released from prison.\"")
    assert speaker_of(text, "my desire is") == ("Mike Huckabee", True)


def test_the_subject_of_a_last_clause_ending_in_a_colon_speaks() -> None:
    """'When mosquitoes pestered …, Rojas would remind herself: "…"': Clara Rojas's words."""
    text = ("Clara Rojas, a politician, was freed on Thursday.\n\nWhen mosquitoes pestered or the food was "
            "too salty, Rojas would remind herself: \"I'm not in a fine restaurant.\"")
    assert speaker_of(text, "not in a fine restaurant") == ("Clara Rojas", True)


def test_a_paragraph_ending_in_a_colon_after_a_person_introduces_the_next() -> None:
    """'Saul, who said he is older than Paterno, started this way:' then the words alone: Saul's."""
    text = ("Ray Saul, the former sports editor, asked about the coach's age. Joe Paterno, the coach, "
            "listened.\n\nSaul, who said he is six weeks older than Paterno, started the back-and-forth this "
            "way:\n\n\"My girlfriend said you can still do it.\"")
    assert speaker_of(text, "My girlfriend said") == ("Ray Saul", True)


def test_a_sentence_about_one_person_before_a_paragraph_of_words_alone_gives_them_to_that_person() -> None:
    """'When asked about it Friday, Paterno smiled and shrugged it off.' then '"…"': Paterno's."""
    text = ("Joe Paterno, the coach, has led the team for 42 seasons. A rival's cheerleader mocked his "
            "age.\n\n"
            "When asked about it Friday, Paterno smiled and shrugged it off.\n\n"
            "\"I think everybody's got to take things with a grain of salt. He's trying to be funny.\"")
    assert speaker_of(text, "I think everybody's got") == ("Joe Paterno", True)


def test_he_before_a_role_and_a_name_after_an_opening_clause_refers_ahead() -> None:
    """'After he finishes the awards circuit, director Julian Schnabel could …. "…," he said.'"""
    text = ("The film opens on Friday.\n\nAfter he finishes with the awards-show circuit, director Julian "
            "Schnabel could make the rounds of hospitals with the film.\n\n\"Neurologists want me to show "
            "this,\" he said.")
    assert speaker_of(text, "Neurologists want me") == ("Julian Schnabel", True)


def test_the_verb_of_an_aside_about_someone_else_does_not_attribute() -> None:
    """'He said the music by Tesori, who wrote such shows as "Caroline, or Change," has "…"': his words,
    not Tesori's (the aside's closing comma hides inside the title's marks)."""
    text = ("Jason Moore, who will direct the production, met reporters on Monday.\n\n"
            "He said the music by Tesori, who wrote melodies for such diverse shows as \"Thoroughly Modern "
            "Millie\" and \"Caroline, or Change,\" has an epic feel but \"some good rock and R&B. Jeanine's "
            "music has real guts to it.\"")
    assert speaker_of(text, "some good rock") == ("Jason Moore", True)


def test_alleged_is_a_verb_of_saying() -> None:
    """'"…," alleged Ontario Provincial Police Const. Dave Woodford': his words."""
    text = ("Two drivers were charged on Saturday.\n\n\"We've got two separate collisions here in the span "
            "of half an hour,\" alleged Ontario Provincial Police Const. Dave Woodford.")
    assert speaker_of(text, "two separate collisions") == ("Dave Woodford", True)


def test_the_words_of_a_letter_are_its_writers() -> None:
    """'Commissioner Julian Fantino responded to the study with an open letter.' then '"…," the letter
    said': Fantino's words."""
    text = ("A poll found that drunk driving is on the rise.\n\nOPP Commissioner Julian Fantino "
            "responded to the study with an open letter to the community.\n\n\"Canadians have tuned out the "
            "message,\" the letter said.")
    assert speaker_of(text, "tuned out the message") == ("Julian Fantino", True)


def test_remembers_thinking_gives_the_thought_its_thinker() -> None:
    """'"Man this is crazy," he remembers thinking': the words of whom 'he' means."""
    text = ("Fans stop the players at the grocery store. Jeff Pendergraph, a forward, scored 20 points.\n\n"
            "\"Man this is crazy,\" he remembers thinking.")
    assert speaker_of(text, "Man this is crazy") == ("Jeff Pendergraph", True)


def test_a_bodys_statement_named_by_its_acronym_is_the_bodys() -> None:
    """'the One Laptop Per Child (OLPC) board', later '"…," the OLPC statement said': the charity."""
    text = ("Intel said it would leave the board of One Laptop Per Child (OLPC) on Thursday.\n\n\"We have "
            "always welcomed other laptop makers to join us,\" the OLPC statement said.")
    assert speaker_of(text, "always welcomed") == ("One Laptop Per Child", True)


def test_a_hyphenated_title_after_a_bodys_name_is_not_part_of_the_persons_name() -> None:
    """'Reuters Editor-in-Chief Alessandra Galloni said': Alessandra Galloni."""
    text = ("Reuters asked the military to investigate.\n\n\"We condemn, in the strongest terms, the attack "
            "on journalists,\" Reuters Editor-in-Chief Alessandra Galloni said.")
    assert speaker_of(text, "We condemn") == ("Alessandra Galloni", True)


def test_a_described_person_reporting_before_words_alone_gives_them_their_speaker() -> None:
    """'The head of Transnet's centre, Tauqeer Ahmed, says the problem is …' then '"…"' alone: his."""
    text = ("Green hydrogen can be moved as a gas or as ammonia.\n\nThe head of Transnet's engineering "
            "centre, Tauqeer Ahmed, says the problem with liquefying hydrogen is the effort.\n\n"
            "\"Commercially, it doesn't make sense. It is just too expensive.\"")
    assert speaker_of(text, "Commercially") == ("Tauqeer Ahmed", True)


def test_a_sentence_about_her_before_words_alone_gives_them_to_whom_she_means() -> None:
    """'She has already been forced to sell her field.' then '"…"' alone: whom 'she' means."""
    text = ("Manteboheng Molatjeng lives 200 metres from the blasting site. \"We breathe dust every day,\" "
            "Ms Molatjeng said.\n\nShe has already been forced to sell her field.\n\n\"It is heartbreaking. "
            "They put prices on our land.\"")
    assert speaker_of(text, "It is heartbreaking") == ("Manteboheng Molatjeng", True)


def test_a_place_the_article_names_is_not_a_first_name_alone() -> None:
    """'Israel Katz', the foreign minister, and the state: 'in Israel' makes a lone 'Israel' the state."""
    text = ("The court heard arguments about aid in Israel and Gaza. Israel Katz, the foreign minister, did "
            "not attend.\n\nIsrael said the case was \"patently biased and one-sided\" in its written "
            "submission.")
    assert speaker_of(text, "patently biased")[0] != "Israel Katz"


def test_a_state_and_party_after_a_name_and_a_whip_before_it_are_not_the_speaker() -> None:
    """'House Majority Whip Tom Emmer, Minnesota Republican, told reporters': Tom Emmer."""
    text = ("The House passed the energy bill on Thursday.\n\n\"I don't expect a lot of Democrats,\" House "
            "Majority Whip Tom Emmer, Minnesota Republican, told reporters.")
    assert speaker_of(text, "I don't expect") == ("Tom Emmer", True)


def test_he_reporting_in_the_paragraph_before_words_alone_gives_them_to_whom_he_means() -> None:
    """'He added that some leaders now deny it.' then '"…"' alone: whom 'he' means."""
    text = ("Seabata Moeketsi, a villager, accused the chiefs of taking money from the mine.\n\n"
            "He added that some leaders now deny that any agreements ever existed.\n\n"
            "\"I have heard that there was money given to the chief for community development.\"")
    assert speaker_of(text, "I have heard") == ("Seabata Moeketsi", True)


def test_a_letter_to_someone_is_its_writers_not_the_addressees() -> None:
    """'The Conservatives’ letter to Daniel Greenberg, the standards commissioner, said: "…"'."""
    text = ("The prime minister defended the gifts on Monday.\n\nThe Conservatives’ letter to Daniel "
            "Greenberg, the standards commissioner, said: \"In August it was reported that the donor had "
            "been given a pass.\"")
    assert speaker_of(text, "In August it was reported")[0] != "Daniel Greenberg"


def test_an_advocates_abbreviated_title_is_not_a_first_name() -> None:
    """'Advocate Lineo Mosala' then '"…," Adv Mosala says': Lineo Mosala, not a person 'Adv Mosala'."""
    text = ("Advocate Lineo Mosala was admitted to the bar in 2019.\n\n\"The courts must be open to "
            "everyone,\" Adv Mosala says.")
    assert speaker_of(text, "The courts must") == ("Lineo Mosala", True)


def test_a_leader_of_a_body_named_with_a_place_is_the_person_after_the_title() -> None:
    """'Senate Democratic Leader Greg Taylor of Indianapolis said …', then '"…," Taylor said': Greg Taylor."""
    text = ("Senate Democratic Leader Greg Taylor of Indianapolis said schools would suffer.\n\n"
            "\"We can't find ourselves at the bottom of the barrel,\" Taylor said.")
    assert speaker_of(text, "We can't find") == ("Greg Taylor", True)


@pytest.mark.parametrize("verb", ["reflects", "shares", "asserts", "emphasises", "aptly summarizes",
                                  "sums up"])
def test_reflects_shares_and_asserts_attribute_as_an_incise(verb: str) -> None:
    """'"…," Lineo Mosala reflects.': her words; 'reflects the mood' names no speaker."""
    text = (f"Lineo Mosala grew up in Maseru.\n\n\"My grandmother was the shield against poverty,\" "
            f"Lineo Mosala {verb}.")
    assert speaker_of(text, "My grandmother") == ("Lineo Mosala", True)


def test_an_acronym_spells_a_body_whose_name_joins_words_with_and() -> None:
    """'the Competition and Markets Authority' then '"…," the CMA said': the authority, by its full name."""
    text = ("The deal still faces opposition from the Competition and Markets Authority.\n\n\"We stand "
            "ready to consider any proposals,\" the CMA said in a statement.")
    assert speaker_of(text, "We stand ready") == ("Competition and Markets Authority", True)


def test_words_alone_after_a_sentence_opening_with_a_person_are_that_persons() -> None:
    """'Draper wrapped up his win, knocking out Radu Albot.' then a paragraph of words alone: Draper's."""
    text = ("Jack Draper and Radu Albot met on Court 12.\n\nDraper meanwhile wrapped up his win in two "
            "hours, knocking out Radu Albot 6-1, 6-4, 6-3.\n\n\"Definitely having other Brits do well in the "
            "draw is amazing for British tennis.\"")
    assert speaker_of(text, "Definitely having") == ("Jack Draper", True)


def test_mr_and_mrs_of_one_surname_are_the_man_and_the_woman_the_article_names() -> None:
    """Ninette Simons and 'her husband, Philip Simons': '"…," Mr Simons said' is Philip's words."""
    text = ("Ninette Simons is still bruised but is sharing her story.\n\nThe men told her husband, Philip "
            "Simons, they were police officers.\n\n\"One bloke grabbed me,\" Mr Simons said.\n\n\"I thought "
            "I was dying,\" Mrs Simons said.")
    assert speaker_of(text, "One bloke") == ("Philip Simons", True)
    assert speaker_of(text, "I thought") == ("Ninette Simons", True)


def test_a_name_after_an_honorific_is_a_person_even_after_to() -> None:
    """'The attention then turned to Mrs Lee.' then '"…," she said': Mrs Lee's, not the woman's before."""
    text = ("Ann Lee and her husband, Tom Lee, were at home.\n\n\"They tied me up,\" Tom Lee said.\n\n"
            "Jane Hill, a neighbour, said she heard screams.\n\nThe attention then turned to Mrs Lee.\n\n"
            "\"The next minute I was getting punched,\" she said.")
    assert speaker_of(text, "The next minute") == ("Ann Lee", True)


def test_a_list_of_quotations_after_here_are_her_remarks_is_hers() -> None:
    """'Mayor Ann Berg spoke for an hour. Here are her key remarks:' then '- "…"' items: hers."""
    text = ("Mayor Ann Berg spoke to the council for an hour on Monday. Here are her key remarks:\n\n"
            "- \"We will not raise taxes this year.\"\n\n- \"The new bridge opens in March.\"")
    assert [speaker for speaker, _ in speakers(text)] == ["Ann Berg", "Ann Berg"]


def test_a_title_case_headline_verb_after_a_single_name_is_not_a_surname() -> None:
    """'Dasha Wants to Get Audiences Dancing' as the headline, 'Dasha said' and 'wants' in the body:
    no person 'Dasha Wants'."""
    text = ("Dasha Wants to Get Country Audiences Dancing Again\n\nDasha knew she had something special.\n\n"
            "\"People just started texting me,\" Dasha said. She wants to change the culture.")
    assert speaker_of(text, "People just started")[0] == "Dasha"


def test_lady_before_the_surname_of_a_sir_is_another_person_and_gives_him_no_gender() -> None:
    """'Sir Tom Hale', then 'Lady Hale … her outfit': she is his wife; '…, he said: "…"' stays his."""
    text = ("Sir Tom Hale has defended accepting gifts.\n\nLady Hale wore an outfit lent to her by a "
            "designer. She thanked her friends for her dress and her shoes.\n\nLady Hale also attended her "
            "show on Monday.\n\nJo Lee, the minister, defended the gifts.\n\nSir Tom said on Monday: \"All "
            "members get gifts.\"\n\nAsked whether he had done nothing wrong, he said: \"I'm a massive "
            "Arsenal fan.\"")
    assert speaker_of(text, "I'm a massive") == ("Tom Hale", True)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("Leon Panetta is probably right about the cuts. As Panetta put it, \"Nobody wants the sequester to "
     "happen.\"", "Nobody wants", "Leon Panetta"),
    ("The next day, in a speech at The Citadel, Mitt Romney promised, \"On Day One, I will reverse the "
     "cuts.\"", "On Day One", "Mitt Romney"),
    ("In a talk, anthropologist Amber Case suggests: \"You are all actually cyborgs.\"", "You are all",
     "Amber Case"),
    ("Amber Case spoke at TEDWomen.\n\n\"You are not RoboCop,\" she continues. \"But you are cyborgs.\"",
     "You are not", "Amber Case"),
])
def test_put_it_promised_suggests_and_continues_attribute(text: str, quote: str, speaker: str) -> None:
    """'As Panetta put it, "…"', 'Romney promised, "…"', 'X suggests: "…"', '"…," she continues.'"""
    assert speaker_of(text, quote) == (speaker, True)


@pytest.mark.parametrize("described", ["an Iowa Republican", "a Virginia Democrat", "a GOP insider"])
def test_a_party_member_described_by_a_state_is_unnamed_not_the_state(described: str) -> None:
    """'"…," an Iowa Republican said': someone the article leaves unnamed, not Iowa."""
    text = (f"Insiders in Iowa and Virginia answered the survey anonymously.\n\n\"Kaine in a blowout,\" "
            f"{described} predicted.")
    assert speaker_of(text, "Kaine in a blowout") == (described, False)


@pytest.mark.parametrize(("text", "quote", "body"), [
    ("The strike ended on Wednesday.\n\n\"This agreement represents a new paradigm,\" the Alliance of "
     "Motion Picture and Television Producers said in a statement.", "This agreement",
     "Alliance of Motion Picture and Television Producers"),
    ("Hospitals in Gaza are full.\n\n\"The situation is beyond catastrophic,\" said the charity Medical Aid "
     "for Palestinians.", "The situation", "Medical Aid for Palestinians"),
])
def test_a_body_whose_name_goes_on_with_of_for_and_is_named_whole(text: str, quote: str, body: str) -> None:
    """'the Alliance of Motion Picture and Television Producers said': not 'Television Producers'."""
    assert speaker_of(text, quote) == (body, True)


def test_a_person_of_a_body_named_with_of_stays_the_person() -> None:
    """'Eric Poklar of the Governor’s Office of Health Transformation told …, "…"': Eric Poklar."""
    text = ("Asked about Medicaid, Eric Poklar of the Governor’s Office of Health Transformation told "
            "reporters on Monday, \"at this point we’re trying to determine how Ohio will pay for it.\"")
    assert speaker_of(text, "at this point") == ("Eric Poklar", True)


def test_a_label_left_open_before_a_pull_quote_is_not_carried_into_it() -> None:
    """'“Start Quote ¶ By improving …, we can create stronger communities” ¶ End Quote X': the pull quote
    is found as it stands, the label 'Start Quote' is not a quotation running into it."""
    text = ("The group will report to ministers.\n\n“Start Quote\n\nBy improving the relationship between "
            "our land and people, we can create stronger communities”\n\nEnd Quote Alex Salmond First "
            "Minister\n\nThe review team will report in stages.")
    assert not any(piece.startswith("By improving") for _, pieces in speakers(text) for piece in pieces)


def test_a_surname_given_only_after_an_honorific_is_a_person_a_pronoun_may_mean() -> None:
    """'Mr Kvaratskhelia - … behind Davit Lomidze - accused …. "…," he shouted': the sentence is about
    Mr Kvaratskhelia, whom the article calls nothing but 'Mr' once its role passes to another leader."""
    text = ("Raising the stakes after the vote, opposition leader Giorgi Kvaratskhelia confronted the "
            "elections chief on Monday.\n\n"
            "Mr Kvaratskhelia - second in the count behind the incumbent Davit Lomidze - accused the "
            "commission of fraud.\n\n"
            "\"You are telling lies to the whole country,\" he shouted at the chairman.\n\n"
            "Another opposition leader Nika Beridze also said the delay was suspicious.")
    assert speaker_of(text, "You are telling lies") == ("Giorgi Kvaratskhelia", True)


def test_a_sentence_opening_with_one_unnamed_person_keeps_he_from_a_name_before() -> None:
    """'One tabloid journalist, who …, lamented …. "…," he said': the journalist, not Mr Haldane."""
    text = ("Prosecutors named Andrew Haldane on Tuesday.\n\nMr Haldane edited the paper until 2007.\n\n"
            "One tabloid journalist, who insisted on anonymity because of concern for his job, lamented "
            "what he called the end of an era. “Before, nobody asked how you got it,” he said.")
    found = speaker_of(text, "Before, nobody asked")
    assert found is None or not found[1], found


def test_a_compound_adjective_before_a_surname_is_not_part_of_the_name() -> None:
    """'Under-siege Kemble quits' in a headline: the speaker is Gary Kemble, not 'Under-siege Kemble'."""
    text = ("Under-siege Kemble quits as Kiwis coach\n\n"
            "Under-siege Kiwis coach Gary Kemble has resigned after a week of criticism.\n\n"
            "\"I stayed away from making any comment during the week,\" Kemble said in a statement.")
    assert speaker_of(text, "I stayed away") == ("Gary Kemble", True)


def test_a_name_after_an_owners_title_is_the_speaker_and_he_goes_on_with_him() -> None:
    """'"…," said the CML's Director General Michael Coogan. ¶ "…," he concluded': Michael Coogan both
    times, not the title alone and not the economist quoted before."""
    text = ("Malcolm Barr, an economist at a bank, said: \"We are surprised at the speed of the fall.\"\n\n"
            "\"Affordability continued to show some resilience,\" said the CML's Director General Michael "
            "Coogan.\n\n"
            "\"At a time of global uncertainty, business levels held up,\" he concluded")
    assert speaker_of(text, "Affordability continued") == ("Michael Coogan", True)
    assert speaker_of(text, "At a time of global") == ("Michael Coogan", True)


def test_a_capitalised_adjective_in_a_description_is_no_speaker_and_she_goes_on_with_her() -> None:
    """'"…," said a young Turkish coachwoman who …. ¶ "…," she added': someone unnamed both times, not
    'Turkish' and not the mayor named before."""
    text = ("Mayor Michael Bloomberg wants the carriages to stay.\n\n"
            "\"I cannot talk, I'm going to reach 15 rides today,\" said a young Turkish coachwoman who came "
            "to the United States four years ago.\n\n"
            "\"Tourists give good tips,\" she added as she led her horse to a trough.")
    assert speaker_of(text, "I cannot talk") == ("a young Turkish coachwoman", False)
    assert speaker_of(text, "Tourists give") == ("a young Turkish coachwoman", False)


def test_a_lone_name_after_a_lowercase_role_speaks_and_he_goes_on_with_him() -> None:
    """'"…," complained carriage driver Henry, from New Jersey. ¶ "…," he added': Henry both times, not
    the state after 'from' and not the campaigner named before."""
    text = ("Ed Sayres of the animal charity wants the carriages banned.\n\n"
            "\"You don't abolish taxis when people die in the traffic,\" complained carriage driver Henry, "
            "from New Jersey.\n\n"
            "\"We have a very good security standard,\" he added.\n\n"
            "\"This constitutes an invasion of our client's right,\" says the letter from the law firm "
            "Walsh, Wilkins, Creighton.")
    assert speaker_of(text, "You don't abolish") == ("Henry", True)
    assert speaker_of(text, "We have a very good") == ("Henry", True)
    assert speaker_of(text, "This constitutes") != ("Walsh", True)


def test_a_first_name_that_ends_another_name_stays_a_first_name() -> None:
    """'Khalid Sheikh Mohammed' earlier does not make 'Mohammed' a word no first name is: the speaker is
    Mohammed Mansour Jabarah, not 'Mansour Jabarah'."""
    text = ("A federal judge sentenced Mohammed Mansour Jabarah to life in prison on Friday.\n\n"
            "\"I am not a notorious terrorist,\" said Jabarah, who was 19 when he was captured.\n\n"
            "He had given information about Khalid Sheikh Mohammed, prosecutors said.")
    assert speaker_of(text, "I am not a notorious") == ("Mohammed Mansour Jabarah", True)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("Opposition leader Levan Kapanadze confronted the chairman.\n\n\"Resign! Otherwise we will protest "
     "every day,\" Mr Kapanadze yelled at the chairman.", "Resign!", "Levan Kapanadze"),
    ("\"It's fine, it's moving on,\" said Ian McAllister when asked about the coach.\n\nWarming to the "
     "theme, he expanded, \"I think it will be sorted fairly quickly.\"", "I think it will",
     "Ian McAllister"),
])
def test_yelled_and_expanded_attribute_words(text: str, quote: str, speaker: str) -> None:
    """'Mr X yelled', 'he expanded, "…"': verbs of saying too ('expanded' only right before the words)."""
    assert speaker_of(text, quote) == (speaker, True)



def test_a_description_opening_with_another_then_a_full_name_is_that_person() -> None:
    """'Another opposition leader David Usupashvili also said that it was "…"': David Usupashvili."""
    text = ("The opposition claims it has evidence of fraud. Another opposition leader David Usupashvili "
            "also said that it was \"more than unusual and highly suspicious\" that results were late.")
    assert speaker_of(text, "more than unusual") == ("David Usupashvili", True)


def test_a_paragraph_of_quotation_after_a_person_admitted_something_is_theirs() -> None:
    """'Mowbray admitted the visitors had made it difficult before Phillips scored. ¶ "…"': Mowbray's."""
    text = ("West Brom manager Tony Mowbray was pleased with the win.\n\n"
            "Mowbray admitted the visitors had made it difficult before Phillips opened the scoring.\n\n"
            "\"Early on this game was tight. It is a tactical battle as well as a physical one.\"")
    assert speaker_of(text, "Early on this game") == ("Tony Mowbray", True)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("When the Broncos put in a Vikings run reel this week, safety John Lynch turned to his coach and "
     "wondered, “Are you sure this is not a highlight tape?”", "Are you sure", "John Lynch"),
    ("Teams crowd the line against Adrian Peterson now.\n\n“Is it frustrating? A little bit at times,” "
     "Peterson allowed. “You know what it’s going to be.”", "Is it frustrating", "Adrian Peterson"),
])
def test_wondered_before_the_words_and_allowed_after_them_attribute(text: str, quote: str,
                                                                   speaker: str) -> None:
    """'and wondered, "…"' after a clause of its own ('When the Broncos …,'), and '"…," Peterson allowed.'"""
    assert speaker_of(text, quote) == (speaker, True)


def test_a_surname_that_is_also_a_common_word_stays_when_the_article_has_it_speak() -> None:
    """'said Steven Still, … director for New Hanover County' and later 'Still said …': Steven Still, not
    the county; 'Still, there are …' opening a sentence does not change that."""
    text = ("Still, there are the mechanics of hurricane preparedness to deal with.\n\n"
            "“It does throw a unique spin on it,” said Steven Still, emergency management director for "
            "coastal New Hanover County, N.C.\n\n"
            "Still said social distancing requirements would limit how many people could seek refuge.")
    assert speaker_of(text, "It does throw") == ("Steven Still", True)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("The season starts in June, a month after Hurricane Irma's anniversary.\n\nAccuWeather lead hurricane "
     "forecaster Dan Kottlowski is secure in his forecast.\n\n“It’s going to be a busy season,” he said.",
     "busy season", "Dan Kottlowski"),
    ("\"This is the right step,\" Mahmoud Othman said.\n\nA Shiite lawmaker, Hassan al-Senied who praised "
     "the bill, said that the law will pave the way for other laws.\n\n\"This law will have a dramatic "
     "impact,\" he said.", "dramatic impact", "Hassan al-Senied"),
])
def test_a_person_introduced_by_a_lowercase_agent_or_who_without_a_comma_is_whom_he_means(
        text: str, quote: str, speaker: str) -> None:
    """'forecaster Dan Kottlowski', 'Hassan al-Senied who praised …': people a pronoun after may mean,
    not the storm or the lawmaker quoted before."""
    assert speaker_of(text, quote) == (speaker, True)


def test_a_source_close_to_a_family_is_someone_unnamed_not_the_family() -> None:
    """'An unnamed source close to the Spears family told People "…"': someone unnamed, not Britney
    Spears; 'A former aide, Jo Lee, said' still names Jo Lee."""
    text = ("Britney Spears was taken to hospital on Thursday.\n\nAn unnamed source close to the Spears "
            "family told People \"there is no question she is bipolar, she has had episodes for years.\"\n\n"
            "A former aide, Jo Lee, said: \"She needs rest and time with her sons.\"")
    assert speaker_of(text, "there is no question")[1] is False
    assert speaker_of(text, "She needs rest") == ("Jo Lee", True)


def test_the_doctor_after_a_clause_about_someone_else_is_the_doctor_named_before() -> None:
    """'Though he had planned a special about Spears, the television doctor said … her "…"': the doctor,
    Dr. Phil McGraw, neither Spears (the clause before the comma is no apposition) nor someone unnamed."""
    text = ("Britney Spears was taken to hospital on Thursday.\n\nTV personality Dr. Phil McGraw visited "
            "Spears in the hospital and told ETonline.com that the meeting \"convinced [me] more than ever "
            "that she is in dire need of help.\" Though he had planned to air a special about Spears, the "
            "television doctor said in a statement that he'd decided to shelve it because her \"situation is "
            "too intense at this time.\"")
    assert speaker_of(text, "situation is too intense") == ("Phil McGraw", True)


def test_he_after_someone_an_indefinite_article_brings_in_stays_unnamed() -> None:
    """'A Dover coastguard said it was a mystery. He said: "…"': someone unnamed, not the spokeswoman
    named before."""
    text = ("Rosie Tapping, a spokeswoman for the agency, said the cargo was being checked.\n\n"
            "A Dover coastguard said it was a mystery why the ship ran aground. He said: \"We haven't a clue "
            "why it ran aground.\"")
    found = speaker_of(text, "We haven't a clue")
    assert found is None or not found[1], found


def test_an_adverb_after_an_apposition_leaves_the_person_before_it() -> None:
    """'Charles Schultze, chairman of … in the Carter administration, once summed up …. "…"': Schultze, not
    the administration named inside the apposition."""
    text = ("Deficits matter.\n\nCharles Schultze, chairman of the Council of Economic Advisers in the "
            "Carter administration, once summed up the danger of deficits with a metaphor. “It’s not so much "
            "a question of the wolf at the door, but termites in the woodwork.”")
    assert speaker_of(text, "the wolf at the door") == ("Charles Schultze", True)


def test_a_role_before_a_name_that_no_rule_of_ours_lists_is_no_part_of_it() -> None:
    """'Novelist Jo Watson', 'Pastor Albrecht Martins': roles from nameparser's list of titles, not first
    names, so the speakers are Jo Watson and Albrecht Martins."""
    text = ("Novelist Jo Watson said the festival had grown. \"We sold every seat this year,\" Novelist Jo "
            "Watson said.\n\n\"The church doors stay open to all of them,\" said Pastor Albrecht Martins.")
    assert speaker_of(text, "We sold every seat") == ("Jo Watson", True)
    assert speaker_of(text, "The church doors") == ("Albrecht Martins", True)


def test_she_after_a_sentence_opening_with_a_clause_is_the_main_clauses_person() -> None:
    """'After Lily Miyazaki won …, it was Katie Boulter who …. "…," she told': Boulter, the main clause's
    person, not Miyazaki, named first inside the clause before it."""
    text = ("US Open results: Andy Murray among six British winners\n\n"
            "NEW YORK — Jodie Burrage rounded off a clean sweep on Tuesday.\n\n"
            "After Lily Miyazaki won her first-round match on Monday, it was Katie Boulter who got the ball "
            "rolling on Tuesday with a victory over Diane Parry.\n\n"
            "“Hopefully I’ve started everyone off well today,” she told Sky Sports afterwards, and that "
            "proved to be the case, with Cameron Norrie and Andy Murray winning too.\n\n"
            "And like Boulter and Miyazaki, Burrage enjoyed her maiden US Open win.")
    assert speaker_of(text, "Hopefully I’ve started") == ("Katie Boulter", True)


def test_french_verbs_of_judgement_and_participles_attribute_to_the_sentences_person() -> None:
    """'X a jugé que cet accord ne pouvait que « … »', 'X défend « … »', 'X a livré sa définition,
    estimant qu'il pouvait qualifier « … »': X's words, though no verb of saying stands beside them."""
    text = ("Le gouvernement a présenté l'accord mardi.\n\n"
            "Dans un communiqué, Marine Le Pen a jugé que cet accord ne pouvait que « satisfaire les deux "
            "parties pour un temps ».\n\n"
            "Au sujet du budget, Joëlle Milquet défend « une intégration dans le programme européen ».\n\n"
            "Elisabeth Borne a ensuite livré sa définition du terme, estimant qu’il pouvait qualifier « des "
            "gens qui considèrent que tout se vaut ».")
    assert speaker_of(text, "satisfaire les deux") == ("Marine Le Pen", True)
    assert speaker_of(text, "une intégration dans") == ("Joëlle Milquet", True)
    assert speaker_of(text, "des gens qui considèrent") == ("Elisabeth Borne", True)


def test_what_a_french_office_is_of_after_de_l_is_not_who_speaks() -> None:
    """'La ministre de l'Education a accusé LFI de vouloir « … »': not a person called 'Education'."""
    text = ("Elisabeth Borne était l'invitée de Radio J.\n\n"
            "La ministre de l'Education a ensuite accusé LFI de vouloir faire entrer « ces idéologies "
            "au sein de l'université ».")
    found = speaker_of(text, "ces idéologies au sein")
    assert found is None or found[0] != "Education", found


def test_a_french_participle_speaks_for_its_sentences_subject_not_a_relative_clauses() -> None:
    """'Barack Obama s'est moqué de Mitt Romney, qui regrettait …, en rappelant que l'armée avait « … »':
    Obama's words; Romney is named inside the relative clause."""
    text = ("Mis en ligne le 23/10/2012\n\n"
            "Le président Barack Obama s'est moqué de son concurrent Mitt Romney, qui regrettait que la "
            "marine n'avait jamais eu aussi peu de navires, en rappelant que l'armée avait également « moins "
            "de chevaux et de baïonnettes ».")
    assert speaker_of(text, "moins de chevaux") == ("Barack Obama", True)


def test_a_lowercase_el_inside_a_name_keeps_the_name_whole() -> None:
    """'the deputy mayor of Molenbeek, Ahmed el Khannouss, said': Ahmed el Khannouss, not 'Khannouss'."""
    text = ("The mayor spoke first.\n\n“This is a small place; we all crossed paths with them,” the deputy "
            "mayor of Molenbeek, Ahmed el Khannouss, said Monday.")
    assert speaker_of(text, "This is a small place") == ("Ahmed el Khannouss", True)


def test_a_person_with_a_body_after_the_name_speaks_not_the_body() -> None:
    """'"…," Patrol Chief James Hall with the New York Police Department said': Hall, then 'he' goes on."""
    text = ("A decision will be made Thursday morning.\n\n"
            "\"Tomorrow we will decide whether the balloons fly,\" Patrol Chief James Hall with the New York "
            "Police Department said Wednesday.\n\n"
            "\"It looks good. It looks very good,\" he said about the balloons.")
    assert speaker_of(text, "Tomorrow we will decide") == ("James Hall", True)
    assert speaker_of(text, "It looks good") == ("James Hall", True)


def test_a_participle_after_a_role_and_its_holder_is_the_holders() -> None:
    """'The leader of Ennahda, Rachid Ghannouchi, condemned …, saying … that it "…"': Ghannouchi, not the
    last speaker."""
    text = ("“Ennahda is responsible,” Lotfi Azzouz said.\n\nThe leader of Ennahda, Rachid Ghannouchi, "
            "condemned Wednesday’s attack, saying in a statement that it “will not break our people’s will.”")
    assert speaker_of(text, "will not break") == ("Rachid Ghannouchi", True)


def test_she_after_a_clause_then_someone_unnamed_is_unnamed_not_the_last_speaker() -> None:
    """'As reporters swarmed into the square, a resident screamed at them, … her neighborhood …. "…," she
    shouted': someone unnamed, not the mayor who spoke before."""
    text = ("“We worked hard,” said the mayor, Françoise Schepmans.\n\nStill, she acknowledged the halls.\n\n"
            "As reporters swarmed into the square, a resident screamed at them, denouncing the news media "
            "for linking her neighborhood to terrorism.\n\n“You are all scum,” she shouted.")
    found = speaker_of(text, "You are all scum")
    assert found is None or not found[1], found


def test_and_said_goes_on_with_the_subject_of_its_own_sentence() -> None:
    """'Some inclined to support Mrs. Clinton note …. "…" said Jeff Choney, …, who gave … and said he may
    contribute …. "…"': Choney's; Mrs. Clinton opens an earlier sentence of the paragraph."""
    text = ("Donors are waiting.\n\n"
            "Some people inclined to support Mrs. Clinton note that it is still early in the race and the "
            "Republican field remains unsettled. “I don’t think she needs the money right now,” said "
            "Jeff Choney, a retired high-school teacher in Wellesley, Mass., who gave $5,000 to Mr. Obama "
            "in 2012 and said he may contribute to Mrs. Clinton’s later in the cycle. “I like Bernie "
            "Sanders—he speaks the truth on a lot of things. But I don’t think he has a chance of "
            "beating her, so I’m not so worried about her campaign.”")
    assert speaker_of(text, "I like Bernie Sanders") == ("Jeff Choney", True)


def test_selon_and_laut_opening_a_sentence_name_its_source() -> None:
    """'Selon Jean Dupont, il faut « … »' and 'Laut Meier müsse man „…“': the named source's words, as with
    'selon' and 'laut' inside a sentence."""
    french = ("Le ministre Jean Dupont a visité l'usine.\n\n"
              "Selon Jean Dupont, il faut « trouver une solution rapide pour tous ».")
    german = ("Der Minister Hans Meier besuchte das Werk.\n\n"
              "Laut Meier müsse man „eine schnelle Lösung für alle finden“.")
    assert speaker_of(french, "trouver une solution") == ("Jean Dupont", True)
    assert speaker_of(german, "eine schnelle Lösung") == ("Hans Meier", True)


def test_more_french_and_german_verbs_and_roles_attribute() -> None:
    """'comme le remarque X', 'a renchéri X', '„…“, findet der Angestellte X' and '„…“, sagt der
    Drusenführer' after the leader spoke: verbs and role nouns the rules lacked."""
    french = ("Les syndicats ont rendu un avis.\n\nD’autant que « la flexibilité ne suffira pas », comme le "
              "remarque Etienne de Callatay, économiste en chef.\n\n"
              "« Il y a encore du travail à faire », a renchéri la directrice du Fonds, Christine Lagarde.")
    german = ("Die Proteste gehen weiter.\n\n„Das hier ist doch nicht schlecht“, findet der 43-jährige "
              "Angestellte eines Musikstudios, Taro Kesen.\n\nDas Ziel, sagt Laith al-Balaous, müsse eine "
              "Verfassung sein. „Wir haben nicht einen Tyrannen gestürzt“, sagt der Drusenführer.")
    assert speaker_of(french, "la flexibilité ne suffira") == ("Etienne de Callatay", True)
    assert speaker_of(french, "Il y a encore du travail") == ("Christine Lagarde", True)
    assert speaker_of(german, "Das hier ist doch") == ("Taro Kesen", True)
    assert speaker_of(german, "Wir haben nicht einen") == ("Laith al-Balaous", True)


def test_a_name_after_a_german_preposition_with_its_article_is_a_place() -> None:
    """'„…“, sagt die junge Frau aus Wernetshausen im Kanton Zürich': not a person called 'Kanton Zürich'."""
    text = ("Natalie Maag gewann Silber.\n\nAm Samstag könnte sich Natalie Maag ein Geschenk bereiten. „Ich "
            "freue mich sehr auf das Rennen“, sagt die junge Frau aus Wernetshausen im Kanton Zürich.")
    found = speaker_of(text, "Ich freue mich sehr")
    assert found is None or found[0] != "Kanton Zürich", found


def test_a_surname_spelt_without_its_umlaut_is_the_same_person() -> None:
    """'Cardinal Gerhard Müller … Mueller said': Gerhard Müller, as English prose spells the umlaut."""
    text = ("The report was long awaited.\n\nCardinal Gerhard Müller, the prefect, criticised the choice. "
            "“This is a decision that will be seen as a rather open provocation,” Mueller said.")
    assert speaker_of(text, "This is a decision") == ("Gerhard Müller", True)


def test_father_before_a_full_name_is_a_priests_title() -> None:
    """'Father James Martin, a Jesuit priest, … "…" Martin told': James Martin, the title dropped."""
    text = ("The nuns were praised.\n\nAt the time, Father James Martin, a Jesuit priest, warned the "
            "Vatican. “There is a danger of backlash,” Martin told The Daily Beast.")
    assert speaker_of(text, "There is a danger") == ("James Martin", True)


def test_a_surname_that_is_also_a_title_names_the_person_with_it() -> None:
    """'said King, who resigned from Meadows' office' after 'Wayne King': Wayne King, not the office."""
    text = ("Wayne King, a district director, wants the seat.\n\n“The first I heard anything about it was "
            "late Tuesday evening,” said King, who resigned from Meadows' office and filed to run.")
    assert speaker_of(text, "The first I heard") == ("Wayne King", True)


def test_a_verb_late_in_a_paragraph_finds_its_subject_in_its_own_sentence() -> None:
    """'The department said it could not answer until September. The trust … urged the county … to
    ensure that it "…"': no one from an earlier sentence ('September'), the subject being 'The trust'."""
    text = ("The trust met on Monday.\n\nThe department, however, said it couldn’t answer anything until "
            "September. The trust gave the county an extra month and then unanimously urged the county, "
            "which is funding the line, to ensure that it “honors the prior commitments to the voters”")
    found = speaker_of(text, "honors the prior")
    assert found is None or found[0] != "September", found


def test_a_spokesperson_for_a_named_senator_is_unnamed_and_described_whole() -> None:
    """'A spokesperson for Sen. Kamala Harris, D-California, said … "…"': someone unnamed, described as
    'A spokesperson for Sen. Kamala Harris', not the senator."""
    text = ("Repatriation flights are costly.\n\nA spokesperson for Sen. Kamala Harris, D-California, said "
            "her office is raising “serious concerns about recent reports of unusually high prices.”")
    assert speaker_of(text, "serious concerns") == ("A spokesperson for Sen. Kamala Harris", False)


def test_a_verb_that_brings_in_the_next_words_starts_another_quotation() -> None:
    """'After Peggy Bell asked "…?" Mr. Cueto responded that "…"': two quotations, the second Cueto's."""
    text = ("The trust met last week.\n\nAfter trust member Peggy Bell asked last week “Why has this taken "
            "four months?” Mr. Cueto responded that “the reason for the delay was the department’s review.”")
    assert speaker_of(text, "Why has this taken") == ("Peggy Bell", True)
    assert speaker_of(text, "the reason for the delay") == ("Cueto", True)


def test_a_german_captain_title_and_a_french_party_acronym_name_as_the_article_does() -> None:
    """'sagte Kapitän Virgil van Dijk' is Virgil van Dijk; 'écrit le PS' after 'Le Parti socialiste' is
    the Parti socialiste, the acronym spelt by the noun and its adjective."""
    german = ("Liverpool verlor.\n\n„Jeder muss in den Spiegel schauen“, sagte Kapitän Virgil van Dijk.")
    french = ("Le Parti socialiste a condamné l'agression.\n\n« Si les circonstances restent à éclaircir, il "
              "semble établi que le député a frappé », écrit le PS dans un communiqué.")
    assert speaker_of(german, "Jeder muss in den Spiegel") == ("Virgil van Dijk", True)
    assert speaker_of(french, "Si les circonstances") == ("Parti socialiste", True)


def test_a_german_compound_title_before_a_surname_alone_is_no_part_of_the_name() -> None:
    """A headline's 'Hamburgs Stadtchef Weber' and a later 'sagte Weber' are Anna Weber, named in full
    below; 'sagte Abwehrspieler Tom Brandt' and 'Vereinsmitglied Lea Kurz: „…“' are Tom Brandt and Lea
    Kurz."""
    text = ("Hamburgs Stadtchef Weber lehnt den Plan ab\n\nAm Montag sprach Bürgermeisterin Anna Weber (SPD) "
            "vor dem Rat. „Wir bauen die Brücke erst, wenn das Geld da ist“, sagte Weber.\n\n„Wir haben "
            "heute viel gelernt, auch gegen einen starken Gegner“, sagte Abwehrspieler Tom Brandt.\n\n"
            "Vereinsmitglied Lea Kurz: „Ich freue mich auf die neue Saison mit allen Fans.“")
    assert speaker_of(text, "Wir bauen die Brücke") == ("Anna Weber", True)
    assert speaker_of(text, "Wir haben heute viel") == ("Tom Brandt", True)
    assert speaker_of(text, "Ich freue mich auf") == ("Lea Kurz", True)


def test_a_german_role_of_a_body_then_its_holder_names_the_holder() -> None:
    """'Der Vorsitzende des Vorstand Jan Ott: „…“' after the chairman of another board spoke is Jan Ott,
    the holder named right after his role and its body, not whoever held a role of the same name."""
    text = ("Der Verein ordnet seine Spitze neu. Der Vorstand hat heute entschieden, dass Karl Brenner den "
            "Vorsitz behält und die Verträge der Trainer bis zum Ende der Saison verlängert werden.\n\n"
            "Aufsichtsratsvorsitzender Karl Brenner: „Es liegt mir am Herzen, dass der Verein gut "
            "aufgestellt ist.“\n\nDer Vorsitzende des Vorstand Jan Ott: „Ich freue mich, dass wir die "
            "Verträge verlängert haben.“")
    assert speaker_of(text, "Es liegt mir am Herzen") == ("Karl Brenner", True)
    assert speaker_of(text, "Ich freue mich, dass wir") == ("Jan Ott", True)


def test_went_on_after_a_quotation_attributes_it_and_joins_what_follows() -> None:
    """'“I am shocked,” she went on. “I cannot …”' is one quotation, hers; 'went on to win' says nothing."""
    text = ("Dana Roe stayed at the clinic with her son.\n\nDana Roe said the nights were long. "
            "“I am shocked,” she went on. “I cannot express how I feel about this situation.”\n\n"
            "The team went on to win the cup. “We never gave up at all,” Coach Ann Fry said.")
    assert speaker_of(text, "I am shocked") == ("Dana Roe", True)
    assert speaker_of(text, "I cannot express") == ("Dana Roe", True)
    assert speaker_of(text, "We never gave up") == ("Ann Fry", True)


def test_a_pull_quote_is_given_to_whoever_says_its_first_words_below() -> None:
    """A pull quote that runs two of a speaker's pieces together is his; a place named after 'in the' and
    'inside the' ('the Tana Strip') is no one 'he' could be."""
    text = ("Clinics are short of supplies, said Dr. Marwan Al-Hams, who runs a clinic in Jenin.\n\n"
            "There are more than 500 sick children in the Tana Strip, said Dr. Omar Haddad, of the Kemal "
            "Clinic. Families travel long distances inside the Tana Strip to reach him.\n\n"
            "“It is not enough for one week in a clinic. They send us boxes of paper and no medicine.”\n\n"
            "Asked about the aid that entered the Tana Strip from the Rafah crossing with Egypt, Al-Hams "
            "sighed. “It is not enough for one week in a clinic,” he said. “They send us boxes of paper and "
            "no medicine,” he added.")
    assert speaker_of(text, "It is not enough for one week in a clinic,") == ("Marwan Al-Hams", True)
    assert speaker_of(text, "It is not enough for one week in a clinic. They") == ("Marwan Al-Hams", True)


def test_a_lawmakers_party_and_state_in_brackets_keep_him_the_speaker() -> None:
    """'"…," U.S. Rep. Jo Hart (R., Ohio), a member of the House leadership, said': Jo Hart's, not 'a member
    of the House', whom the apposition describes."""
    text = ("Republicans are attacking the unspent money.\n\n\"More people believe in ghosts than in the "
            "plan,\" U.S. Rep. Jo Hart (R., Ohio), a member of the House Republican leadership, said Sunday "
            "on CNN.")
    assert speaker_of(text, "More people believe") == ("Jo Hart", True)


def test_a_sentence_opening_with_a_word_and_a_countrys_initials_names_no_one() -> None:
    """'Blaming U.S. companies … is misguided, says Jo Lane, an analyst. "…," he said.' is Jo Lane's:
    'Blaming U.S' is no person for 'he' to mean, though the article also writes 'in the U.S.'."""
    text = ("Acme Is Paid to Keep Its Profits at Home\n\nTaking advantage of an exemption in the tax code, "
            "Acme kept much of its foreign earnings right here in the U.S., in part by buying government "
            "bonds, according to people with knowledge of the matter.\n\nBlaming U.S. companies for "
            "following the tax code is misguided, says Jo Lane, a senior analyst at a ratings firm.\n\n"
            "“If these companies don’t need the money at home, there’s no incentive to bring it back,” he "
            "said.")
    assert speaker_of(text, "If these companies") == ("Jo Lane", True)


def test_a_name_and_title_after_a_quotation_with_no_verb_credit_it_and_the_words_after() -> None:
    """'"…," Mark Lowe, senior science adviser for the agency. "…"': a credit line, Mark Lowe's both."""
    text = ("The probe's fans stayed with the mission to the end.\n\n“The public’s engagement has been quite "
            "amazing,\" Mark Lowe, senior science adviser for the agency. \"Nobody is eating sandwiches on "
            "the probe, but the mission has been a human one.\" That is partly due to its social media.")
    assert speaker_of(text, "The public’s engagement") == ("Mark Lowe", True)
    assert speaker_of(text, "Nobody is eating") == ("Mark Lowe", True)


def test_a_french_colon_after_a_person_and_an_apposition_gives_the_words_to_that_person() -> None:
    """'Alice Roy, vétérinaire en chef de l'organisation, n'en démord pas : « … »' is Alice Roy's, not the
    speaker of the sentence before in the same paragraph."""
    text = ("Les requins meurent sans que l'on sache pourquoi.\n\nLe premier requin était malade, rapporte "
            "Marie Gauthier, directrice de la société de recherche. Cependant, les autopsies n'ont rien "
            "montré. Alice Roy, vétérinaire en chef de l'organisation de recherche, n'en démord pas: « Je "
            "suis convaincue qu'il se passe quelque chose d'important. »")
    assert speaker_of(text, "Je suis convaincue") == ("Alice Roy", True)


def test_a_french_national_coach_named_by_his_role_is_the_one_introduced_with_it() -> None:
    """'Paul Marin, le sélectionneur des Bleus, …' then '« … », a expliqué le sélectionneur fédéral, …
    que les Grecs …' is Paul Marin's, not the Greeks'."""
    text = ("Paul Marin, le sélectionneur des Bleus, s’est montré satisfait à l’issue du match nul en "
            "Grèce.\n\n« Nous nous sommes cherchés dans le premier quart d’heure et nous avons commis des "
            "fautes », a expliqué le sélectionneur fédéral, satisfait du fait que les Grecs n’ont pas été "
            "dangereux.")
    assert speaker_of(text, "Nous nous sommes cherchés") == ("Paul Marin", True)


def test_he_never_means_a_body_a_report_is_by() -> None:
    """'The report by the School and College Union claims …' names a body: a later '"…," he said' after a
    body's unnamed spokesperson is not the union's."""
    text = ("Staff are on short contracts, says a new report.\n\nThe report by the School and College "
            "Union claims schools have created a pool of low-paid staff.\n\nBut a spokesperson for the "
            "School Employers Association said its members had cut such contracts.\n\n“We have worked "
            "with the unions for years to understand the sector,” he said.")
    found = speaker_of(text, "We have worked")
    assert found is None or not found[1] or "School" not in found[0], found


def test_a_person_named_after_the_role_of_a_place_is_whom_she_means() -> None:
    """'The mayor of Surabaya, Tri Rismaharini, comforted relatives.' then '"…," she said' is hers, not
    the man quoted before her."""
    text = ("Relatives waited at the crisis centre.\n\n\"He cries every time he watches the news,\" Yohannes "
            "said.\n\nThe mayor of Surabaya, Tri Rismaharini, comforted relatives and urged them to be "
            "strong.\n\n\"They are not ours, they belong to God,\" she said.")
    assert speaker_of(text, "They are not ours") == ("Tri Rismaharini", True)


def test_a_count_opening_a_sentence_names_no_one() -> None:
    """'Thousands of staff are …, says a report highlighting the "…"' gives the words to no 'Thousands'."""
    text = ("Staff on short contracts\n\nThousands of academic staff are being treated as second-class "
            "citizens, says a report highlighting the “alarming rise of casual labour” in universities.")
    found = speaker_of(text, "alarming rise")
    assert found is None or found[0] != "Thousands", found


def test_a_german_role_apposition_after_a_name_leaves_the_name_the_speaker() -> None:
    """'Anna Berg, Geschäftsführerin von Amnesty International in Österreich, sprach … von einem Skandal.
    „…“' is Anna Berg's, not the body her role names."""
    text = ("Die Stadt verschickte Anwaltsbriefe an die Aktivisten, die seit Wochen auf der Baustelle "
            "sind. Die Umweltorganisationen protestieren dagegen und fordern, dass die Stadt die Briefe "
            "zurücknimmt.\n\nAnna Berg, Geschäftsführerin von Amnesty International in Österreich, sprach im "
            "Zuge der Briefe von einer Verletzung der Menschenrechte. „Was sich wie ein Skandal anhört, ist "
            "auch einer.“")
    assert speaker_of(text, "Was sich wie ein Skandal") == ("Anna Berg", True)


def test_a_german_first_name_given_short_then_in_full_names_the_speaker_in_full() -> None:
    """'Magda Vogt' in the headline, 'Magdalena Vogt' below: '„…“, erzählte Vogt' is Magdalena Vogt's; a
    letter more ('Holgers Krahmer', a genitive) is no fuller name."""
    text = ("Magda Vogt und Tom Berg haben sich getrennt\n\nIm Sommer verkündeten Magdalena Vogt und Tom "
            "Berg, dass sie ein Paar sind. Nun ist die Beziehung nach nur einem halben Jahr schon wieder "
            "vorbei, wie die beiden auf ihren Kanälen mitteilten.\n\n„Ich habe ja in letzter Zeit schon "
            "gesagt, dass ich gerade viel um die Ohren habe“, erzählte Vogt im November in einer Story.")
    assert speaker_of(text, "Ich habe ja in letzter") == ("Magdalena Vogt", True)


def test_she_after_in_someones_case_is_that_person() -> None:
    """'In Hajjaj’s case, she decided to stay …. "…," she continued.' is Hajjaj's, not the woman quoted
    before her."""
    text = ("One of the women to flee was Nesma Hajjaj, who was pregnant. “I was very afraid,” Hajjaj said."
            "\n\nSara Abed, the doctor working "
            "at the hospital, explained that families cannot reach their children. “Families have many "
            "difficulties in reaching them,” she said.\n\nIn Hajjaj’s case, she decided to stay at the "
            "hospital to be near her child. “I am worried about him and afraid of losing him,” she "
            "continued.")
    assert speaker_of(text, "I am worried") == ("Nesma Hajjaj", True)


def test_a_capitalised_german_adjective_opens_no_name() -> None:
    """'… mit Künstlicher Intelligenz betriebenen Systeme …, warnte die Präsidentin des Roten Kreuzes,
    Mira Egger, in Wien. „…“, sagte sie.' is Mira Egger's: 'Künstlicher Intelligenz' is no one."""
    text = ("Die Staaten beraten über autonome Waffen in Wien, wo die Konferenz seit Montag tagt. Die "
            "Regierung will, dass es bald eine Regel für die Staaten gibt, die sich an dem Treffen "
            "beteiligen.\n\n"
            "Derzeit könne nicht garantiert werden, dass diese mit Künstlicher Intelligenz betriebenen "
            "Systeme nicht in falsche Hände gerieten, warnte die Präsidentin des Roten Kreuzes, Mira Egger, "
            "in Wien. „Darum ist es so wichtig zu handeln, und sehr schnell zu handeln“, sagte sie.\n\n"
            "Waffensysteme, die mit Hilfe von Künstlicher Intelligenz selbstständig Ziele auswählen, stehen "
            "derzeit im Zentrum der Aufmerksamkeit.")
    assert speaker_of(text, "Darum ist es so wichtig") == ("Mira Egger", True)


def test_a_title_and_surname_named_in_full_later_is_the_full_name() -> None:
    """'President Lane' in the first line, 'US President Donald Lane' below: '"…," Lane said' is Donald
    Lane's, the fullest form the article gives."""
    text = ("President Lane has set his sights on the oil reserves.\n\nUS President Donald Lane has said he "
            "wants to run the country through oil.\n\n“They will be reimbursed for what they’re doing,” Lane "
            "said.")
    assert speaker_of(text, "They will be reimbursed") == ("Donald Lane", True)


def test_a_barristers_rank_after_the_name_is_no_part_of_it() -> None:
    """'Advocate Jo Mohau King’s Counsel (KC) once cautioned: “…”' is Jo Mohau's."""
    text = ("The lawyers met in Maseru.\n\nAccording to the speaker, Advocate Jo Mohau King’s Counsel (KC) "
            "once cautioned: “Constitutional amendment is indispensable to constitutional development.”")
    assert speaker_of(text, "Constitutional amendment") == ("Jo Mohau", True)


def test_a_name_after_the_state_of_is_a_place_and_no_speaker() -> None:
    """'said a GOP insider in the first-in-the-nation primary state of New Hampshire' is the unnamed
    insider's, though the article also writes 'a New Hampshire Republican'."""
    text = ("GOP insiders praised the debate.\n\n“He lost it,” said a New Hampshire Republican, who asked "
            "not to be named.\n\n“Pence is really effective,” said a GOP insider in the first-in-the-nation "
            "primary state of New Hampshire.")
    found = speaker_of(text, "Pence is really effective")
    assert found is not None and not found[1], found


def test_a_person_from_a_body_described_before_its_name_speaks() -> None:
    """'Mara Quist from the charity Rivers Against Litter told Coast News that “…”' is Mara Quist's, not
    the last word of the charity's name."""
    text = ("Ministers are pondering a ban on wet wipes.\n\nMara Quist from the charity Rivers Against "
            "Litter told Coast News that “we are pleased to see plastic on the agenda”. The group warned.")
    assert speaker_of(text, "we are pleased") == ("Mara Quist", True)


def test_a_body_s_title_listing_places_is_an_apposition() -> None:
    """'Lena Ortiz, Acme’s sales manager for Spain, Portugal and Italy, said: “…”' is Lena Ortiz's."""
    text = ("Acme is opening a repair centre.\n\nLena Ortiz, Acme’s sales manager for Spain, Portugal and "
            "Italy, said: “We are looking to repair more clothes than ever.”")
    assert speaker_of(text, "We are looking to repair") == ("Lena Ortiz", True)


def test_the_premier_who_took_to_a_platform_is_not_the_platform() -> None:
    """'… President Paul Renard pledged. ¶ The French premier took to X, formerly known as Twitter, …,
    writing: “…”': the premier writes, not Twitter; the one person the sentence before names."""
    text = ("Abortion rights will be written into the constitution, President Paul Renard "
            "pledged.\n\nThe French premier took to X, formerly known as Twitter, to make the "
            "announcement, writing: “In 2024, the right of women to choose abortion will become "
            "irreversible”.")
    assert speaker_of(text, "In 2024, the right") == ("Paul Renard", True)


def test_a_first_name_used_alone_after_the_full_name_is_the_full_name() -> None:
    """'Tomas Okello Mwangi, Kenya, …' in a list of winners, then 'Tomas said: “…”': Tomas Okello Mwangi."""
    text = ("The winners are:\n\n• Africa: Tomas Okello Mwangi, Kenya, turning plastics into "
            "briquettes.\n\nGrowing up poor, he set up a firm that trains young people.\n\nTomas said: "
            "“I want the world to see that young people are a resource.”")
    assert speaker_of(text, "I want the world") == ("Tomas Okello Mwangi", True)


def test_he_after_a_first_name_from_a_place_is_that_person() -> None:
    """'Hafiz, from Pakistan, has created …. He said: “…”' and 'Canada’s Sowmyan wants …. He said: “…”'
    are theirs, not the winner quoted before them."""
    text = ("The winners are:\n\n• Africa: Tomas Okello Mwangi, Kenya, turning plastics into "
            "briquettes.\n\n• Asia: Hafiz Usama Tanveer, Pakistan, bringing clean water.\n\n• Canada: "
            "Sowmyan Jegatheesan, Canada, protecting wildlife.\n\nTomas said: “I want the world to see "
            "that young people are a resource.”\n\nAsia Winner\n\nHafiz, from Pakistan, has created "
            "water kits for refugee camps. He has reached 11,000 people.\n\nHe said: “This award is an "
            "encouragement to go on.”\n\nCanada’s Sowmyan wants the world to protect wildlife.\n\nHe "
            "said: “The usual practice has endangered species.”")
    assert speaker_of(text, "This award is an encouragement") == ("Hafiz Usama Tanveer", True)
    assert speaker_of(text, "The usual practice") == ("Sowmyan Jegatheesan", True)


def test_a_full_name_given_again_with_a_middle_initial_is_that_fuller_name() -> None:
    """'Nina Hale to Resign' in the headline, 'Nina R. Hale' below: the fullest form the article gives."""
    text = ("Nina Hale to Resign as Lane’s Ambassador to the U.N.\n\nPresident Lane’s ambassador to the "
            "United Nations, Nina R. Hale, said on Tuesday that she would resign.\n\n“It was a blessing "
            "to go into the U.N. every day,” Ms. Hale told reporters.")
    assert speaker_of(text, "It was a blessing") == ("Nina R. Hale", True)


def test_but_added_goes_on_with_the_sentences_subject() -> None:
    """'Mr. Lane said he would consider Mr. Grant but added, “…”' is Lane's, not Grant's."""
    text = ("Tom Lane is choosing an envoy. Another possibility is Ric Grant, the ambassador to "
            "Germany.\n\nMr. Lane said he would consider Mr. Grant but added, “I’d personally rather "
            "keep Ric where he is.”")
    assert speaker_of(text, "I’d personally rather") == ("Tom Lane", True)


def test_a_role_that_tells_a_gender_is_the_person_of_that_gender_named_last() -> None:
    """'Stone had just come off Cabaret …. "…," the actress says' after a man's words is Emma Stone's."""
    text = ("Damien Chazelle met Ryan Gosling, who told him he “had been wanting to do a Gene Kelly-ish "
            "thing”; Emma Stone had just come off Cabaret, and met the director soon after. “It was at a "
            "diner,” the actress says.")
    assert speaker_of(text, "It was at a diner") == ("Emma Stone", True)


def test_people_named_by_one_name_in_an_apposition_are_people() -> None:
    """'Another Duke student, Brittany, said …. “…,” she said' and 'Daniel, a senior who …, said' then '“…”
    he said': theirs, not Trump's, whom the sentences around them name."""
    text = ("Donald Trump won the election.\n\nDaniel, a New York University senior who didn’t want to "
            "give his last name, said the jokes about Trump supporters hurt.\n\n“There is the assumption "
            "that nobody is going to get hurt,” he said.\n\nAnother Duke student, Brittany, said she was "
            "the only one in her class who voted for Trump.\n\n“The silent majority was very real,” she "
            "said.")
    assert speaker_of(text, "There is the assumption") == ("Daniel", True)
    assert speaker_of(text, "The silent majority") == ("Brittany", True)


def test_a_pull_quote_after_anothers_words_is_its_speakers() -> None:
    """A paragraph of words quoted alone right after Brittany's, and given to Dubicki further down with the
    same words, is Dubicki's, not Brittany's."""
    text = ("Donald Trump won the election.\n\n“The silent majority was very real,” Brittany Lowe "
            "said.\n\n“Professors canceling tests and classes because Trump won is why Trump won.”\n\nAt "
            "Delaware, Ryan Dubicki runs the College Republicans.\n\n“Professors canceling tests and "
            "classes because Trump won is why Trump won,” Dubicki said.")
    quotations = find_quotations(text)
    first = next(q for q in quotations if text[q.pieces[0].start:q.pieces[0].end].startswith("Professors"))
    assert first.speaker is not None and first.speaker.name == "Ryan Dubicki", first.speaker


def test_nach_angaben_von_names_the_person_after_von() -> None:
    """'Nach Angaben von DLR-Meteoritenexperte Dieter Heinlein müssen …', then '„…“, so Heinlein': the
    person is after 'von', not 'Angaben' before it."""
    text = ("Die Steine, die in Elmshorn vom Himmel fielen, sind Meteoriten. Die ersten beiden Stücke "
            "wurden in ein Labor in Dresden geschickt. Nach Angaben von DLR-Meteoritenexperte Dieter "
            "Heinlein müssen die Untersuchungen möglichst rasch beginnen.\n\nIm Fall Elmshorn geht er "
            "davon aus, dass es sich um einen großen Meteoriten gehandelt hat. „Eines der beiden Stücke "
            "ist etwa 225 Gramm schwer“, so Heinlein. Das zweite Stück sei etwas schwerer und so groß "
            "wie eine Hand.")
    assert speaker_of(text, "Eines der beiden Stücke") == ("Dieter Heinlein", True)


def test_liess_sich_zitieren_and_bezweifelte_attribute_german_quotations() -> None:
    """'„…“, ließ sich Wynaendts in einer Pressemitteilung der Bank zitieren' and '„…“, bezweifelte er'
    give the words to the person named."""
    text = ("Die Bank hat Karl Wynaendts als Aufsichtsratschef für eine zweite Amtszeit nominiert. Er "
            "war im Mai zum Nachfolger gewählt worden und erhielt damals eine große Zustimmung. „Die "
            "Leitung des Aufsichtsrats ist ein großes Privileg“, ließ sich Wynaendts in einer "
            "Pressemitteilung der Bank zitieren.\n\nRicardo Canese, Experte für den Energiesektor, "
            "sagte, dass der Präsident die Behörde nicht um eine Prüfung der umstrittenen Käufe "
            "bittet.\n\n„Die Behörde wird die Konten nicht prüfen können“, bezweifelte er.")
    assert speaker_of(text, "Die Leitung des Aufsichtsrats") == ("Karl Wynaendts", True)
    assert speaker_of(text, "Die Behörde wird") == ("Ricardo Canese", True)


def test_a_side_before_a_players_position_opens_no_name() -> None:
    """'His City team-mate Raheem Sterling shared his concern. ¶ The England forward, 25, said: "…"' is
    Sterling's: 'England' qualifies the forward, and his club is no one."""
    text = ("Norwich City players met on Monday. Norwich City said the club would listen to "
            "them.\n\nArgentina striker Sergio Aguero has said players are \"scared\" about "
            "returning.\n\nHis City team-mate Raheem Sterling shared his concern on his YouTube channel "
            "on Monday.\n\nThe England forward, 25, said: \"The moment we do go back it just needs to be "
            "safe for everyone.\"")
    assert speaker_of(text, "The moment we do go back") == ("Raheem Sterling", True)


def test_an_apposition_opening_with_a_possessive_in_s_is_stripped() -> None:
    """'Amanda Prince, Chambers' sister who lives in Fort Bliss, Texas, said her sister was "…"' is Amanda
    Prince's, not Texas's."""
    text = ("Jessica Chambers died on Sunday. She was 19 and the police are looking for the people who "
            "set her car on fire on a quiet road in the evening.\n\nAmanda Prince, Chambers' sister who "
            "lives in Fort Bliss, Texas, said her younger sister was \"full of life; she was bright. She "
            "was a comedian.\"\n\n\"She was so much light,\" Prince said.")
    assert speaker_of(text, "full of life") == ("Amanda Prince", True)


def test_the_owner_of_a_body_named_with_and_is_the_person_named_before() -> None:
    """'Brian Ericksen thought …. Then, one day, it clicked for him. ¶ The owner of Heaven and Earth Aikido
    used …. “…” he said' is Ericksen's, and so is a later “…” he said after 'Heaven and Earth Aikido is
    located at …': no one is called 'Earth Aikido'."""
    text = ("As a soldier fighting in Iraq, Brian Ericksen thought the idea of martial arts in a war "
            "zone was ridiculous.\n\nThen, one day, it clicked for him.\n\nThe owner of Heaven and Earth "
            "Aikido used the calming form of martial arts while in the service to center himself and now "
            "wants to help veterans do the same.\n\n“It’s ultimately about making harmony with others "
            "around you,” he said.\n\nHeaven and Earth Aikido is located at 688 Spring Street.\n\nHe "
            "teaches about 20 students in his studio.\n\nLong before that, he trained in New York City "
            "in a study with Yoshimitsu Yamada.\n\nWhile in the Army, he led sessions with his fellow "
            "soldiers. He also started his own practice of breathing exercises.\n\n“At that time, we "
            "were at war for 10 years,” he said.")
    assert speaker_of(text, "It’s ultimately about") == ("Brian Ericksen", True)
    assert speaker_of(text, "At that time, we were") == ("Brian Ericksen", True)


def test_one_name_then_an_age_is_a_person() -> None:
    """'Shelim, 21, lives in east London …. “…” he said' is Shelim's, not the counsellor's quoted before."""
    text = ("Fazal Mahmood runs a support group for young gay men in London, and says many are made "
            "homeless.\n\n“A lot of parents don't see that,” Mr Mahmood said.\n\nShelim, 21, lives in "
            "east London with his large family, and has decided to keep his sexuality a secret.\n\n“My "
            "relationship with them is not going to be the same,” he said.")
    assert speaker_of(text, "My relationship with them") == ("Shelim", True)


def test_people_a_name_qualifies_are_unnamed() -> None:
    """'Jenna Zink, who interned at NASA, said her NASA colleagues told her, “…”': her colleagues, unnamed,
    not NASA."""
    text = ("San Antonio scientists built instruments for the Juno probe.\n\nJenna Zink, who interned at "
            "NASA for two years during her studies, said her NASA colleagues told her, “You must go to "
            "SwRI for your PhD.”")
    found = speaker_of(text, "You must go to SwRI")
    assert found is not None and not found[1], found


def test_a_headline_phrase_the_article_writes_in_lowercase_is_no_name() -> None:
    """'Gay Muslims made homeless' in the headline and 'young gay Muslims' below: no one is called Gay
    Muslims, so the words after 'he advises young gay Muslims …' are not theirs."""
    text = ("Gay Muslims made homeless by family violence\n\nA UK charity is dealing with an increasing "
            "number of young gay Muslims becoming homeless.\n\nFazal Mahmood runs a support group for "
            "young gay men, and has seen the problem grow.\n\nIn fact he advises young gay Muslims not "
            "to come out to their families.\n\n“Once you've told your family, the next step for them is "
            "to ask you to leave.”")
    found = speaker_of(text, "Once you've told your family")
    assert found is None or found[0] != "Gay Muslims", found


def test_a_body_named_with_and_is_no_person() -> None:
    """'The owner of Heaven and Earth Aikido', 'Heaven and Earth Aikido is located at …': a studio's name,
    given twice, whose last words are no one's ('Earl Hypolite and Naomi Zitt-James' stay two people)."""
    text = ("The owner of Heaven and Earth Aikido used the calming form of martial arts in the service.\n\n"
            "Heaven and Earth Aikido is located at 688 Spring Street.\n\nEarl Hypolite and Naomi Zitt-James "
            "rent an apartment in Toronto. Earl Hypolite and Naomi Zitt-James say they will buy a house.")
    names = NameBook(text)
    assert not names.is_person(names.resolve("Earth Aikido"))
    assert names.is_person(names.resolve("Naomi Zitt-James"))


def test_a_name_given_again_with_a_generational_suffix_is_that_fuller_name() -> None:
    """'Judge T.S. Ellis, a Reagan appointee,' first, 'Judge T.S. Ellis III' later: the fullest form the
    article gives."""
    text = ("Judge T.S. Ellis, a Reagan appointee, became irritated with the prosecutors on Wednesday as "
            "they went on and on about the suits.\n\nJudge T.S. Ellis III continued to show impatience "
            "with the questions of the prosecutors.\n\n“Let’s move on. Enough is enough,” Ellis said "
            "sternly.")
    assert speaker_of(text, "Let’s move on") == ("T.S. Ellis III", True)


def test_and_an_adverb_then_said_goes_on_with_the_sentences_subject() -> None:
    """'…, he interrupted the prosecutor and sternly said, “…”' is the judge's, the sentence's subject."""
    text = ("Judge Tom Ellis heard the case. The prosecutor, Uzo Asonye, asked about the suits.\n\nAt "
            "one point, Judge Ellis became so irritated with the questions that he interrupted the "
            "prosecutor and sternly said, “Let’s move on. They can add.”")
    assert speaker_of(text, "Let’s move on") == ("Tom Ellis", True)


@pytest.mark.parametrize(("text", "quote"), [
    # 'Fran took the call …. “…” the voice said': the caller's, not Fran's
    pytest.param("Fran Finney took the call, which came from an emergency operator. She did not know what "
                 "to make of it, and the operator kept talking in pleasant tones.\n\n“I need to let you "
                 "know that a team is on its way,” the voice said.", "I need to let you know", id="voice"),
    # '“…,” wrote a correspondent to the Rocky Mountain News': the correspondent's, not the paper's
    pytest.param("The storm hit quickly. Twelve hours after the discovery and a continent away, the sky lit "
                 "up.\n\n\"We were high up on the Rocky Mountains sleeping in the open air,\" wrote a "
                 "correspondent to the Rocky Mountain News.", "We were high up", id="correspondent"),
])
def test_a_voice_or_a_correspondent_is_someone_unnamed(text: str, quote: str) -> None:
    """A quote given to 'the voice' or 'a correspondent' has a speaker the article does not name."""
    found = speaker_of(text, quote)
    assert found is not None and not found[1], found


def test_a_handle_in_brackets_after_a_name_leaves_the_apposition_stripped() -> None:
    """'MJ DiBerardino (@cloudnexa), CTO of Cloudnexa, notes, “…”' is DiBerardino's, not Cloudnexa's."""
    text = ("Executives and analysts explain how they measure what the cloud is worth to their "
            "business.\n\nAs MJ DiBerardino (@cloudnexa), CTO of Cloudnexa, notes, “When you are "
            "developing a new product, the cloud lets you try it fast.”")
    assert speaker_of(text, "When you are developing") == ("MJ DiBerardino", True)


def test_a_surname_of_a_body_or_after_its_possessive_is_the_person() -> None:
    """'said Warbiany of Western Digital' after 'Brad Warbiany', and 'says Redfly Marketing’s Davis' after
    'Dave Davis', are the people, not the companies."""
    text = ("Brad Warbiany, a director at Western Digital, says drives have changed. Dave Davis, "
            "managing director at Redfly Marketing, agrees with him about the trend.\n\n“We’ve had "
            "several years of development,” said Warbiany of Western Digital.\n\n“We like to focus on a "
            "KPI we call time to daily use,” says Redfly Marketing’s Davis.")
    assert speaker_of(text, "We’ve had several years") == ("Brad Warbiany", True)
    assert speaker_of(text, "We like to focus") == ("Dave Davis", True)


def test_she_replied_to_a_reporters_question_is_the_one_asked() -> None:
    """'a reporter asked Montoya-Lewis, “…?” ¶ “…” she replied': the judge answers, not the reporter."""
    text = ("Raquel Montoya-Lewis was appointed to the court on Monday, the first Native American to sit "
            "on it.\n\nAt a press conference, a reporter asked Montoya-Lewis, “What do you see as the "
            "biggest problem in the courts?”\n\n“The biggest hurdle is getting people to understand it,” "
            "she replied.")
    assert speaker_of(text, "The biggest hurdle") == ("Raquel Montoya-Lewis", True)
