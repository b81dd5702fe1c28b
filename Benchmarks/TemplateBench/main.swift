print("template bench placeholder")
