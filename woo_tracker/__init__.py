"""woo-tracker: follow Woo/Wob-verzoeken and Kamervragen, their legal deadlines and documents."""

__version__ = "0.1.0"
