print("buurtsite")
