-- Every outlet with its business unit and the days it opened and closed: the outlets input of OutletProfitability.
select outlet_code, business_unit_code, opened_on, closed_on from dim_outlet
