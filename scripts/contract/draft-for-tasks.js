// The task operations change drafts only: before them, copy the issued sample plan into a new draft
// (GET it, POST it back: read-only fields are ignored) and name it taskPlanId.
const base = pm.variables.get('baseUrl');
const auth = { key: 'Authorization', value: 'Bearer ' + pm.variables.get('bearerToken') };
pm.sendRequest({ url: base + '/api/v1/plans/' + pm.variables.get('samplePlanId'), method: 'GET', header: [auth] }, (error, sample) => {
  if (error || sample.code !== 200) { return; }
  const plan = sample.json();
  // A draft has no sequence yet: "1/KH-SKHCN" is sent as "KH-SKHCN".
  plan.number = plan.number.replace(/^\d+\//, '');
  pm.sendRequest({
    url: base + '/api/v1/plans', method: 'POST',
    header: [auth, { key: 'Content-Type', value: 'application/json' }],
    body: { mode: 'raw', raw: JSON.stringify(plan) },
  }, (failed, draft) => {
    if (!failed && draft.code === 201) {
      pm.collectionVariables.set('taskPlanId', draft.json().id);
      pm.collectionVariables.set('taskPlanEtag', draft.headers.get('ETag'));
      pm.collectionVariables.set('taskCode', plan.tasks[0].code);
    }
  });
});
