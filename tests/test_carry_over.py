"""Issue #13, what carries over from the person's own job: only meaningful overlap (O*NET skills and knowledge both
rate highly, tools specific to the work), never everyday office software as a head start; said plainly when little
carries over. Each test reads what the first line SAYS."""
from __future__ import annotations

import re

import pytest

from bot.answers.render import to_text

from .talking import first_line, talk

OFFICE = ("Outlook", "Acrobat", "Microsoft Word", "Microsoft Windows", "PowerPoint", "Microsoft Office")




def test_a_trade_to_an_office_job_says_little_carries_over(engine):
    reply, _ = talk(engine, "I'm an electrician, could I become a business intelligence analyst?")
    line = first_line(reply)
    assert line.startswith("From your job (Electricians) to Business Intelligence Analyst: little carries over "
                           "directly")
    assert "only everyday office software: Microsoft Excel" in line and "to add: Power BI" in line


@pytest.mark.parametrize("text", [
    "I'm an electrician, how do I become a data scientist?",
    "I'm an electrician, how do I become an electrical engineer?",
    "I work as a plumber. what transfers if I become a data engineer?",
    "I'm a truck driver, how do I become a data analyst?",
    "I'm a nurse, how do I become a data analyst?",
])
def test_office_software_is_never_what_carries_over(engine, text):
    line = first_line(talk(engine, text)[0])
    carried = line.split("to add:")[0]
    assert not any(tool in carried for tool in OFFICE), line


def test_rated_skills_and_knowledge_come_first(engine):
    line = first_line(talk(engine, "I work as a plumber. what transfers if I become a data engineer?")[0])
    assert line.startswith("From your job (Plumbers, Pipefitters, and Steamfitters) to Data Engineer: carries over: ")
    assert "(skills and knowledge both rate highly in O*NET)" in line and "Mathematics" in line
    assert "Reading Comprehension" not in line and "Active Listening" not in line


def test_tools_specific_to_the_work_carry_over(engine):
    line = first_line(talk(engine, "I'm an electrician, how do I become an electrical engineer?")[0])
    assert "may carry over: Autodesk AutoCAD" in line
    assert "(tools O*NET lists for both jobs, if you have used them)" in line
    line = first_line(talk(engine, "I'm a DBA, how do I become a data engineer?")[0])
    assert "tools O*NET lists for both jobs: PostgreSQL" in line


def test_a_job_given_in_a_hello_is_used_when_they_ask_what_carries_over(engine):
    reply, session = talk(engine, "I'm an electrician", "what carries over to business intelligence analyst?")
    assert session.current_job == "onet:47-2111.00"
    assert first_line(reply).startswith("From your job (Electricians) to Business Intelligence Analyst: little "
                                        "carries over directly")


def test_what_carries_over_is_said_once_unless_asked_again(chat):
    chat.say("I'm a lorry driver")
    first = chat.text("what tools do data analysts use")
    later = chat.text("and what skills do they need")
    asked = chat.text("what carries over from my job to data analyst?")
    assert "From your job" in first and "From your job" not in later
    assert "From your job" in asked


def test_what_carries_over_opening_an_answer_is_not_said_again_next(chat):
    # asked for, it opens the answer; the next question (pay) is answered without it
    first = chat.text("I'm a nurse. which of my skills would carry over to statistician or data analyst?")
    later = chat.text("how does their pay compare?")
    assert first.startswith("From your job") and "From your job" not in later


def test_a_tool_inside_a_product_the_job_lists_is_nothing_to_add(engine):
    # O*NET lists Microsoft SQL Server and Oracle PL/SQL for QA testers: SQL is no tool to add
    line = first_line(talk(engine, "I'm a QA tester. From QA to data engineer, what carries over?")[0])
    added = line.partition("to add: ")[2].partition(".")[0]
    assert "to add: " in line and "SQL" not in added.replace("NoSQL", ""), line


def test_the_closer_step_counts_the_tools_it_compares(engine):
    asked = "I'm a QA tester. data engineer or software developer, which is the closer step?"
    line = first_line(talk(engine, asked)[0])
    counts = [int(n) for n in re.findall(r"\((\d+)(?: shared|, among them)", line)]
    assert "closer step" in line and len(counts) == 2 and counts[0] >= counts[1], line


def test_a_job_named_first_and_again_as_the_target_is_not_the_persons_job(engine):
    _, session = talk(engine, "Hi, I am QA tester 7 yrs exp in Pune",
                      "business analyst. from QA to business analyst what carries over")
    assert session.current_job == "onet:15-1253.00"


def test_i_am_not_x_forgets_x_as_the_persons_job(engine):
    _, session = talk(engine, "what does a management analyst do", "I'm a management analyst, 3 years",
                      "wait I am not management analyst, I am QA tester")
    assert session.current_job != "onet:13-1111.00"


def test_an_employer_asking_what_carries_over_from_an_employees_job_gets_it(chat):
    # hiring frames how candidates get in, but not what one of their own staff brings from her job
    chat.say("we want to hire our first data analyst for our logistics company")
    text = chat.text("What from her dispatcher job would carry over to data analyst, and what would she still "
                     "need to learn?")
    assert text.startswith("From that job (Dispatchers") and "For a hire" not in text
    assert "your job" not in text.split("\n", 1)[0]


def test_a_name_both_a_skill_and_a_knowledge_area_carries_over_once(engine):
    # O*NET rates 'Mathematics' as a skill and as knowledge; the person reads it once
    reply, _ = talk(engine, "I'm a mechanical engineer. how do I become a statistician?")
    text = to_text(reply)
    carried = re.search(r"carries over: ([^(]*)\(", text)
    assert carried, text[:300]
    names = [n.strip() for n in re.split(r",| and ", carried.group(1)) if n.strip()]
    assert "Mathematics" in names and len(names) == len(set(names))


def test_tools_the_person_does_not_use_are_no_head_start_but_to_add(engine):
    reply, _ = talk(engine, "I'm a mechanical engineer. I don't use Python or R, only MATLAB. What from my "
                            "engineering work is really useful in data science?")
    line = first_line(reply)
    assert line.startswith("From your job (Mechanical Engineers) to Data Scientist")
    assert "may carry over: Python" not in line and "to add: Python" in line


@pytest.mark.parametrize("job, code", [
    ("I'm a registered nurse", "29-1141.00"),
    ("I'm a high school maths teacher", "25-2031.00"),
    ("I'm an economist", "19-3011.00"),
    ("I'm a chef", "35-1011.00"),
])
def test_a_target_o_net_rates_no_skills_for_is_matched_by_its_profile_words(engine, job, code):
    """O*NET 29.2 rates no skills for Data Scientists, where Data Analyst is counted: what carries over is what the
    person's job is rated highly for AND the Data Analyst profile asks for in its own words, both cited."""
    line = first_line(talk(engine, job, "what would carry over to data analyst?")[0])
    match = re.search(r"carries over: (.+?) \(rated highly for your job in O\*NET \[\d\]; the Data Analyst profile "
                      r"asks for (.+?) \[\d\]\)", line)
    assert match, line
    occupation = engine.official.occupation(code)
    rated = {n for n, importance, _ in (*occupation.skills, *occupation.knowledge) if importance >= 3.5}
    named = re.split(r", | and (?=[A-Z])", match.group(1))
    assert named and set(named) <= rated, (named, rated)
    profile = " ".join(f.text.lower() for f in (*engine.kb.roles["data-analyst"].technical_skills,
                                                *engine.kb.roles["data-analyst"].soft_skills))
    assert all(word in profile for word in re.split(r", | and ", match.group(2))), match.group(2)
    assert "can't show" not in line

