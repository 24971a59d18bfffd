"""Issue #13, what carries over from the person's own job: only meaningful overlap (O*NET skills and knowledge both
rate highly, tools specific to the work), never everyday office software as a head start; said plainly when little
carries over. Each test reads what the first line SAYS."""
from __future__ import annotations

import pytest

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
