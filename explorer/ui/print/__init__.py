"""Printed output: the study sheet, a PDF of cards with their bibliography."""
