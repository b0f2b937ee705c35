/** The portal's session form with every field filled in, as staff send it from the page. */
export const filledForm = {
  vin: 'JN1CV6AR9BMXXXXXX',
  year: '2011',
  make: 'Infiniti',
  model: 'G37',
  first_name: 'Jane',
  last_name: 'Smith',
  mobile: '647-455-0000',
  redirect_url: 'https://dealer.example/thanks',
  theme: 'PRO',
  language: 'EN',
};
