import CLI
print("branchdesk")
