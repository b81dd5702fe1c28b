print("shopsite placeholder")
