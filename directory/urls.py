from django.urls import path

from directory import problems

app_name = "directory"

urlpatterns = [
    path("<int:service_id>/report/", problems.report_problem, name="report_problem"),
    path("<int:service_id>/report/thanks/", problems.report_problem_thanks, name="report_problem_thanks"),
]
