"""Account pages, included under each language prefix at /<lang>/account/."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("register/", views.register, name="register"),
    path("register/done/", views.register_done, name="register_done"),
    path("confirm/resend/", views.resend_confirmation, name="resend_confirmation"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path("password/reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(template_name="accounts/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path("password/change/", views.PasswordChangeView.as_view(), name="password_change"),
    path("profile/", views.edit_profile, name="profile"),
    path("delete/", views.delete_account, name="delete"),
    path("company/", views.company, name="company"),
    path("school/", views.join_school, name="join_school"),
    path("members/school/<int:pk>/", views.decide_school_membership, name="decide_school_membership"),
    path("members/company/<int:pk>/", views.decide_company_membership, name="decide_company_membership"),
    path("favourites/<int:offering_id>/", views.toggle_favourite, name="toggle_favourite"),
    path("searches/save/", views.save_search, name="save_search"),
    path("searches/<int:pk>/", views.update_saved_search, name="update_saved_search"),
]
