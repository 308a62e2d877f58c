# A constant of another module rebound by an attribute store from this one.
import cg_consts

print(cg_consts.read())
cg_consts.LIMIT = 5
print(cg_consts.read(), cg_consts.LIMIT)
print(cg_consts.twice())
